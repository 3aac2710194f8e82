import { useEffect, useRef } from 'react';
import { useTranslate } from '../../i18n/MessagesContext';
import { KeyTable } from './KeyTable';

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * The key help, as a modal dialog: the native <dialog> shown with showModal() makes the rest of
 * the page inert (so focus stays inside) and closes on Escape. Focus goes back where it was.
 */
export function HelpDialog({ open, onClose }: Props) {
  const t = useTranslate();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLButtonElement>('.app-help__close')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="app-help"
      aria-labelledby="presenter-help-heading"
      onClose={() => {
        onClose();
        const target = returnFocus.current;
        if (target?.isConnected) target.focus();
      }}
    >
      <div className="app-help__header">
        <h2 id="presenter-help-heading" className="app-help__heading">
          {t('presenter.help.heading')}
        </h2>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary app-help__close"
          onClick={() => dialogRef.current?.close()}
        >
          {t('presenter.help.close')}
          <span className="nhsuk-u-visually-hidden">{t('presenter.help.closeHidden')}</span>
        </button>
      </div>
      <p>{t('presenter.help.intro')}</p>
      <KeyTable />
    </dialog>
  );
}
