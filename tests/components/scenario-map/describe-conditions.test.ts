import { describe, expect, it } from 'vitest';
import {
  describeConditions,
  flagSetters,
  shorten,
} from '../../../src/components/scenario-map/describe-conditions';
import { nodeRefs } from '../../../src/vocabulary/node-references';
import { fixture, loadScenario } from '../../helpers/load-scenario';
import { translate } from '../../helpers/catalogue';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));
const refs = nodeRefs(scenario);
const refOf = (id: string) => refs.get(id);
const en = translate('en');

describe('describing flag conditions', () => {
  it('finds the choices that set each flag', () => {
    const setters = flagSetters(scenario);
    expect([...setters.keys()]).toEqual(['phoned']);
    expect(
      setters.get('phoned')!.map(({ decision, choice }) => `${decision.id}/${choice.id}`),
    ).toEqual(['first-call/phone']);
  });

  it('names the earlier choice rather than the flag', () => {
    expect(describeConditions(en, scenario, { requires: ['phoned'] }, refOf)).toBe(
      'Only if earlier the room chose “Phone the patient” (D1).',
    );
    expect(describeConditions(en, scenario, { unless: ['phoned'] }, refOf)).toBe(
      'Only if the room did not choose “Phone the patient” (D1).',
    );
    expect(
      describeConditions(
        en,
        scenario,
        { requires: ['phoned'], unless: ['phoned'] },
        refOf,
        'learner',
      ),
    ).toBe(
      'Only if earlier the learner chose “Phone the patient” (D1) and if the learner did not choose “Phone the patient” (D1).',
    );
  });

  it('falls back to the flag id for a flag no choice sets', () => {
    expect(describeConditions(en, scenario, { requires: ['ghost'] })).toBe(
      'Only if earlier the room chose “ghost” is set.',
    );
  });

  it('speaks the page’s language', () => {
    expect(
      describeConditions(
        translate('cy'),
        scenario,
        { requires: ['phoned'], unless: ['ghost'] },
        refOf,
      ),
    ).toBe(
      "Dim ond os dewisodd yr ystafell yn gynharach “Phone the patient” (D1) ac os na ddewisodd yr ystafell mae “ghost” wedi'i osod.",
    );
  });

  it('says nothing when there is no condition', () => {
    expect(describeConditions(en, scenario, {})).toBeNull();
    expect(describeConditions(en, scenario, { requires: [], unless: [] })).toBeNull();
  });

  it('shortens long text at a word', () => {
    expect(shorten('Take three minutes to open his record first: why he was coming', 30)).toBe(
      'Take three minutes to open…',
    );
    expect(shorten('Short enough', 30)).toBe('Short enough');
  });
});
