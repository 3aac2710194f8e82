import { describe, expect, it } from 'vitest';
import { exportFormats } from '../../src/insights/files';
import { catalogueMessages } from '../helpers/catalogue';

describe('the words the insights worker sends as keys', () => {
  it('name each export format in the catalogue, in every language', () => {
    for (const language of ['en', 'cy'] as const) {
      const messages = catalogueMessages(language);
      for (const format of exportFormats)
        expect(messages[`insights.format.${format}`], `${language}: ${format}`).toBeTruthy();
    }
  });
});
