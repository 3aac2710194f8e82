import { keyHelp } from '../../facilitator/keymap';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import type { Messages } from '../../i18n/messages';

/**
 * The presenter's keys and what they do, from the one bindings table in keymap.ts. The help
 * dialog shows it, and the start page and the printed key card render it too (as static HTML,
 * through PrintedKeyTable), so the three cannot disagree.
 */
export function KeyTable({ className = 'app-help__table' }: { className?: string }) {
  const t = useTranslate();
  return (
    <table className={`nhsuk-table ${className}`}>
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
        {t('presenter.help.caption')}
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            {t('presenter.help.key')}
          </th>
          <th scope="col" className="nhsuk-table__header">
            {t('presenter.help.action')}
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {keyHelp(t).map((row) => (
          <tr key={row.action} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">
              {row.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && t('presenter.help.or')}
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

/** The key table for an Astro page (rendered there without JavaScript), in the page's language. */
export function PrintedKeyTable({ messages }: { messages: Messages }) {
  return (
    <MessagesProvider messages={messages}>
      <KeyTable className="app-key-table" />
    </MessagesProvider>
  );
}
