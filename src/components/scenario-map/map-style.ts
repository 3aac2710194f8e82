import type { Outcome } from '../../schemas/scenario';

/** Each outcome has a pattern as well as a colour (WCAG 1.4.1); its word comes from the catalogue. */
export const outcomeStyle: Record<
  Outcome,
  { colour: string; pattern: 'solid' | 'dots' | 'hatch' }
> = {
  recommended: { colour: '#007f3b', pattern: 'solid' },
  acceptable: { colour: '#8a6d00', pattern: 'dots' },
  poor: { colour: '#d5281b', pattern: 'hatch' },
};

/** The outcomes in the order the key lists them, best first. */
export const outcomesInOrder = Object.keys(outcomeStyle) as Outcome[];

export const colours = {
  text: '#212b32',
  border: '#4c6272',
  edge: '#768692',
  primary: '#212b32',
  secondary: '#005eb8',
  nodeFill: '#ffffff',
  decisionFill: '#f0f4f5',
};

/** An outcome's fill: solid colour, or the pattern defined in the diagram's defs. */
export const outcomeFill = (outcome: Outcome, idPrefix: string) =>
  outcomeStyle[outcome].pattern === 'solid'
    ? outcomeStyle[outcome].colour
    : `url(#${idPrefix}-pattern-${outcome})`;
