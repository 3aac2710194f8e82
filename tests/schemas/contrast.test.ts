import { describe, expect, it } from 'vitest';
import { accentContrastProblems, contrastRatio, luminance } from '../../src/schemas/contrast';

describe('WCAG contrast', () => {
  it('measures the extremes and a known pair', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    // NHS blue on white: 6.38:1 by the WCAG formula, worked by hand.
    expect(contrastRatio('#005eb8', '#ffffff')).toBeCloseTo(6.377, 3);
  });

  it('does not care which colour comes first', () => {
    expect(contrastRatio('#ffffff', '#00615c')).toBe(contrastRatio('#00615c', '#ffffff'));
  });
});

describe('an accent colour', () => {
  it('passes when white text on it and it as text on the page background both reach 4.5:1', () => {
    expect(accentContrastProblems('#005eb8')).toEqual([]);
    expect(accentContrastProblems('#00615c')).toEqual([]);
  });

  it('fails with where and by how much, when it is too light', () => {
    expect(accentContrastProblems('#41b6e6')).toEqual([
      'contrast with white text on it is 2.32:1, below the 4.5:1 WCAG AA needs',
      'contrast with the NHS page background is 2.09:1, below the 4.5:1 WCAG AA needs',
    ]);
  });

  it('fails just below the line and passes just above it', () => {
    // #767676 is the lightest grey with 4.5:1 on white; on the grey page background it is not enough.
    expect(accentContrastProblems('#767676')).toEqual([
      'contrast with the NHS page background is 4.10:1, below the 4.5:1 WCAG AA needs',
    ]);
    expect(accentContrastProblems('#6b6b6b')).toEqual([]);
  });
});
