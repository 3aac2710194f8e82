import { countText, type Count } from '../../insights/suppression';
import { useTranslate } from '../../i18n/MessagesContext';
import { sayMessage } from '../../i18n/messages';
import { percent } from './report-words';

/** A figure, or why it is hidden, as a table cell's content. */
export function Figure({ count, share }: { count: Count; share?: number | null }) {
  const t = useTranslate();
  if (count.hidden) {
    const reason = sayMessage(t, count.reason);
    return (
      <span className="app-insights__hidden" title={reason}>
        {countText(t, count)}
        <span className="nhsuk-u-visually-hidden"> ({reason})</span>
      </span>
    );
  }
  return (
    <>
      {count.value}
      {share !== undefined && share !== null ? ` (${percent(share)})` : ''}
    </>
  );
}
