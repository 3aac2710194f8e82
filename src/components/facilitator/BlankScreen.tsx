import { useEffect, useRef } from 'react';
import { useTranslate } from '../../i18n/MessagesContext';

/** The blanked screen: a black modal dialog, shown again by its keys or its button. */
export function BlankScreen({ blank, onClose }: { blank: boolean; onClose: () => void }) {
  const t = useTranslate();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (blank && !dialog.open) {
      dialog.showModal();
      // The dialog itself takes focus, so its button stays out of sight on the black screen until tabbed to.
      dialog.focus();
    }
    if (!blank && dialog.open) dialog.close();
  }, [blank]);
  return (
    <dialog
      ref={dialogRef}
      className="app-presenter__blank"
      aria-label={t('presenter.blank.label')}
      tabIndex={-1}
      onClose={onClose}
    >
      <p className="nhsuk-u-visually-hidden">{t('presenter.blank.body')}</p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--reverse app-presenter__unblank"
        onClick={onClose}
      >
        {t('presenter.blank.show')}
      </button>
    </dialog>
  );
}
