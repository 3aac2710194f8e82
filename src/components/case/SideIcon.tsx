import type { Side } from '../../schemas/common';

/**
 * A shape for each side (a cross for hospital, a house for general practice, a person for the
 * patient) so speakers are told apart by more than colour. Decorative: the side is also in text.
 */
export function SideIcon({ side }: { side: Side }) {
  const paths: Record<Side, string> = {
    hospital: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z',
    'general-practice': 'M12 3 2 11h3v10h5v-6h4v6h5V11h3z',
    patient: 'M12 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8zm-8 19c0-4.4 3.6-8 8-8s8 3.6 8 8z',
  };
  return (
    <svg
      className={`app-side-icon app-side-icon--${side}`}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[side]} fill="currentColor" />
    </svg>
  );
}
