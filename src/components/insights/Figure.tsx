import { countText, type Count } from '../../insights/suppression';
import { percent } from './report-words';

/** A figure, or why it is hidden, as a table cell's content. */
export function Figure({ count, share }: { count: Count; share?: number | null }) {
  if (count.hidden) {
    return (
      <span className="app-insights__hidden" title={count.reason}>
        {countText(count)}
        <span className="nhsuk-u-visually-hidden"> ({count.reason})</span>
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
