import { describe, expect, it } from 'vitest';
import { inlineParts } from '../../src/i18n/inline-markup';

describe('the inline markup of an interface string', () => {
  it('splits bold and code from the text around them', () => {
    expect(inlineParts('Open **Reports**, then `npm run package` writes it.')).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'strong', text: 'Reports' },
      { kind: 'text', text: ', then ' },
      { kind: 'code', text: 'npm run package' },
      { kind: 'text', text: ' writes it.' },
    ]);
  });

  it('keeps plain text, and an unclosed marker, as text', () => {
    expect(inlineParts('Plain.')).toEqual([{ kind: 'text', text: 'Plain.' }]);
    expect(inlineParts('A ** alone')).toEqual([{ kind: 'text', text: 'A ** alone' }]);
    expect(inlineParts('<b>not html</b>')).toEqual([{ kind: 'text', text: '<b>not html</b>' }]);
  });
});
