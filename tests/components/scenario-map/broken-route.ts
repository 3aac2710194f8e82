import type { Scenario } from '../../../src/schemas/scenario';

/**
 * flag-route.yaml with option B of first-call pointing at "latter", a target no node has: what
 * `npm run dev` hands the review map when an author mistypes a target (the build refuses it).
 */
export function withBrokenRoute(scenario: Scenario): Scenario {
  const broken = structuredClone(scenario);
  const firstCall = broken.nodes.find((candidate) => candidate.id === 'first-call');
  if (firstCall?.kind !== 'decision')
    throw new Error('flag-route.yaml changed: first-call is no longer a decision');
  firstCall.choices[1]!.target = 'latter';
  return broken;
}
