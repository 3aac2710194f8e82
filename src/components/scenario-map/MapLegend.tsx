import type { Translate } from '../../i18n/messages';
import { outcomeLabel } from '../../vocabulary/labels';
import { capitalise, type MapNumbering } from './map-text';
import { colours, outcomeFill, outcomeStyle, outcomesInOrder } from './map-style';

/** The key above the diagram: how the paths are drawn, how each outcome is marked, what the letters mean. */
export function MapLegend({
  t,
  idPrefix,
  primaryLabel,
  secondaryLabel,
  numbering,
}: {
  t: Translate;
  idPrefix: string;
  primaryLabel?: string | undefined;
  secondaryLabel?: string | undefined;
  numbering?: MapNumbering | undefined;
}) {
  return (
    <ul className="app-map__legend">
      {primaryLabel && (
        <li>
          <svg width="48" height="14" aria-hidden="true" focusable="false">
            <line x1="2" y1="7" x2="46" y2="7" stroke={colours.primary} strokeWidth="5" />
          </svg>{' '}
          {t('map.legend.primary', { label: capitalise(primaryLabel) })}
        </li>
      )}
      {secondaryLabel && (
        <li>
          <svg width="48" height="14" aria-hidden="true" focusable="false">
            <line
              x1="2"
              y1="7"
              x2="46"
              y2="7"
              stroke={colours.secondary}
              strokeWidth="4"
              strokeDasharray="10 6"
            />
          </svg>{' '}
          {t('map.legend.secondary', { label: capitalise(secondaryLabel) })}
        </li>
      )}
      {outcomesInOrder.map((outcome) => (
        <li key={outcome}>
          <svg width="18" height="18" aria-hidden="true" focusable="false">
            <rect
              x="1"
              y="1"
              width="16"
              height="16"
              fill={outcomeFill(outcome, idPrefix)}
              stroke={colours.border}
            />
          </svg>{' '}
          {t(`map.legend.${outcomeStyle[outcome].pattern}`, { outcome: outcomeLabel(t, outcome) })}
        </li>
      ))}
      <li>{numbering?.legend ?? t('map.legend.letters')}</li>
    </ul>
  );
}
