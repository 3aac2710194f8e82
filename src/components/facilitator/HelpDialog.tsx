import { useEffect, useRef } from 'react';
import { keyHelp } from '../../facilitator/keymap';

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * The key help, as a modal dialog: the native <dialog> shown with showModal() makes the rest of
 * the page inert (so focus stays inside) and closes on Escape. Focus goes back where it was.
 */
export function HelpDialog({ open, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
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
          Keys for presenting
        </h2>
        <button type="button" className="nhsuk-button nhsuk-button--secondary app-help__close" onClick={() => dialogRef.current?.close()}>
          Close<span className="nhsuk-u-visually-hidden"> the list of keys</span>
        </button>
      </div>
      <p>Keys work anywhere on the page, except while you are typing in a number box (press Escape to leave it).</p>
      <KeyTable />
    </dialog>
  );
}

/** The key table, shared by the dialog and the debrief. */
export function KeyTable() {
  return (
    <table className="nhsuk-table app-help__table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Keys and what they do</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Key
          </th>
          <th scope="col" className="nhsuk-table__header">
            What it does
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {keyHelp.map((row) => (
          <tr key={row.action} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">
              {row.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </td>
            <td className="nhsuk-table__cell">{row.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
