import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * The ending's summary is needed only at an ending, so it is not loaded with the page (whose
 * JavaScript before a scene plays has a budget, bench/budgets.json): CaseDialogue starts loading
 * it at the learner's first choice, and a learner who comes back to an ending loads it at once.
 */
export const preloadEndingSummary = () => import('./EndingSummary');

const EndingSummary = lazy(() =>
  preloadEndingSummary().then((module) => ({ default: module.EndingSummary })),
);

export function LazyEndingSummary(props: ComponentProps<typeof EndingSummary>) {
  return (
    <Suspense fallback={null}>
      <EndingSummary {...props} />
    </Suspense>
  );
}
