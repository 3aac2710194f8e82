import { describe, expect, it } from 'vitest';
import { flagUses } from '../../../src/components/review/flag-uses';
import { nodeRefs } from '../../../src/vocabulary/node-references';
import { fixture, loadScenario } from '../../helpers/load-scenario';
import { translate } from '../../helpers/catalogue';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));
const refs = nodeRefs(scenario);
const refOf = (id: string) => refs.get(id);

describe('where flags are set and tested', () => {
  it('names each place by its map reference, in the page’s language', () => {
    const [english] = flagUses(translate('en'), scenario, refOf);
    expect(english!.flag).toBe('phoned');
    expect(english!.setBy).toEqual([{ node: 'D1 (first-call)', place: 'option A' }]);
    const [welsh] = flagUses(translate('cy'), scenario, refOf);
    expect(welsh!.setBy).toEqual([{ node: 'D1 (first-call)', place: 'opsiwn A' }]);
    expect(welsh!.testedBy.map((use) => use.place).join(' ')).not.toMatch(
      /\b(option|line|route to)\b/,
    );
  });
});
