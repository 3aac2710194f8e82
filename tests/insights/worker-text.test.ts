import { describe, expect, it } from 'vitest';
import { formatLabel } from '../../src/insights/files';
import { catalogueMessages } from '../helpers/catalogue';

describe('the words the insights worker sends as keys', () => {
  it('name each export format in the catalogue as the report names it', () => {
    const english = catalogueMessages('en');
    for (const [format, label] of Object.entries(formatLabel))
      expect(english[`insights.format.${format}`], format).toBe(label);
  });
});
