import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

interface Props {
  /** The question's element id, which names the group for screen readers. */
  questionId: string;
  question: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Closes the question. */
  onCancel: () => void;
  /** The button that asked, which has focus again after Cancel. */
  askedBy: RefObject<HTMLElement | null>;
  className?: string;
  actionsClassName: string;
}

/**
 * A question before something that cannot be undone (starting a case again, clearing saved
 * progress). It takes focus when it appears, so a keyboard or screen-reader user hears what will
 * be lost; Cancel returns focus to the button that asked.
 */
export function ConfirmCallout({
  questionId,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  askedBy,
  className,
  actionsClassName,
}: Props) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div
      className={`nhsuk-warning-callout${className ? ` ${className}` : ''}`}
      role="group"
      aria-labelledby={questionId}
    >
      <p id={questionId} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className={actionsClassName}>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>{' '}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => {
            onCancel();
            requestAnimationFrame(() => askedBy.current?.focus());
          }}
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
