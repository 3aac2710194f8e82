import type { ChoiceRating } from '../../insights/course';
import { useTranslate } from '../../i18n/MessagesContext';
import { percent } from './report-words';

/**
 * Horizontal bars: labels and values are text that reflows, each bar a small SVG drawn with
 * attributes (no inline styles, which the Content-Security-Policy refuses). Hidden from screen
 * readers: the table beside each chart carries the same figures.
 */
export function BarChart({
  bars,
  caption,
}: {
  bars: { label: string; share: number | null; rating?: ChoiceRating | 'room'; note?: string }[];
  caption: string;
}) {
  const t = useTranslate();
  return (
    <figure className="app-insights__chart">
      <div className="app-insights__bars" aria-hidden="true">
        {bars.map((bar, index) => (
          <div className="app-insights__bar-row" key={`${bar.label}-${index}`}>
            <span className="app-insights__bar-label">{bar.label}</span>
            <svg
              className="app-insights__bar-track"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              focusable="false"
            >
              <rect x="0" y="0" width="100" height="10" className="app-insights__chart-track" />
              {bar.share !== null && bar.share > 0 && (
                <rect
                  x="0"
                  y="0"
                  width={Math.max(bar.share * 100, 1)}
                  height="10"
                  className={`app-insights__bar app-insights__bar--${bar.rating ?? 'best'}`}
                />
              )}
            </svg>
            <span className="app-insights__bar-value">
              {bar.share === null ? (bar.note ?? t('insights.report.hidden')) : percent(bar.share)}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="nhsuk-body-s app-insights__chart-caption">{caption}</figcaption>
    </figure>
  );
}
