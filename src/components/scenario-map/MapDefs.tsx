import { colours, outcomeStyle } from './map-style';

/** The diagram's arrowhead and the patterns that mark acceptable and poor endings (./map-style.ts). */
export function MapDefs({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <marker
        id={`${idPrefix}-arrow`}
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="7"
        markerHeight="7"
        orient="auto-start-reverse"
      >
        <path d="M 0 0 L 10 5 L 0 10 z" fill={colours.edge} />
      </marker>
      <pattern
        id={`${idPrefix}-pattern-poor`}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" fill="#ffffff" />
        <rect width="4" height="8" fill={outcomeStyle.poor.colour} />
      </pattern>
      <pattern
        id={`${idPrefix}-pattern-acceptable`}
        width="7"
        height="7"
        patternUnits="userSpaceOnUse"
      >
        <rect width="7" height="7" fill="#ffffff" />
        <circle cx="3.5" cy="3.5" r="2.2" fill={outcomeStyle.acceptable.colour} />
      </pattern>
    </defs>
  );
}
