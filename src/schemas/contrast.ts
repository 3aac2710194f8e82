/** WCAG 2.2 contrast, used to reject an accent colour that would make text unreadable. */

function channel(value: number): number {
  const scaled = value / 255;
  return scaled <= 0.04045 ? scaled / 12.92 : ((scaled + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/**
 * Where the accent colour is used: as the header background behind white text, and as text on
 * the NHS page background (#f0f4f5) and on white cards. All must meet AA for normal text (4.5:1).
 */
export const accentBackgrounds = {
  'white text on it': '#ffffff',
  'the NHS page background': '#f0f4f5',
} as const;

export function accentContrastProblems(accent: string): string[] {
  return Object.entries(accentBackgrounds)
    .map(([where, colour]) => ({ where, ratio: contrastRatio(accent, colour) }))
    .filter(({ ratio }) => ratio < 4.5)
    .map(
      ({ where, ratio }) =>
        `contrast with ${where} is ${ratio.toFixed(2)}:1, below the 4.5:1 WCAG AA needs`,
    );
}
