import { describe, it, expect } from 'vitest';
import {
  assignVoices,
  generalPracticeVoice,
  hospitalVoice,
  otherVoices,
  welshVoices,
} from '../../../scripts/videos/voices';
import { fixtureScenario } from './scenario-fixture';

describe('assignVoices', () => {
  const voices = assignVoices(fixtureScenario.cast);

  it('gives the hospital doctor and the GP trainee their own voices, wherever they are in the cast', () => {
    expect(voices.get('amara')).toBe(hospitalVoice);
    expect(voices.get('tom')).toBe(generalPracticeVoice);
  });

  it('gives everyone else the other voices in cast order, including a second hospital member', () => {
    expect(voices.get('mrs-patel')).toBe(otherVoices[0]);
    expect(voices.get('sister')).toBe(otherVoices[1]);
  });

  it('has no two voices alike', () => {
    const all = [hospitalVoice, generalPracticeVoice, ...otherVoices].map(
      (voice) => `${voice.name} ${voice.pitch}`,
    );
    expect(new Set(all).size).toBe(all.length);
  });

  it('picks the foundation doctor and the GP trainee out of several people on each side', () => {
    const cast = [
      {
        id: 'priya',
        name: 'Dr Priya Nair',
        role: 'Consultant in acute medicine',
        side: 'hospital' as const,
      },
      {
        id: 'nadia',
        name: 'Nadia Hussain',
        role: 'Practice pharmacist',
        side: 'general-practice' as const,
      },
      {
        id: 'amara',
        name: 'Dr Amara Okafor',
        role: 'FY2 doctor, acute medicine',
        side: 'hospital' as const,
      },
      {
        id: 'tom',
        name: 'Dr Tom Fletcher',
        role: 'GP specialty trainee (GPST2)',
        side: 'general-practice' as const,
      },
    ];
    const picked = assignVoices(cast);
    expect([
      picked.get('amara'),
      picked.get('tom'),
      picked.get('priya'),
      picked.get('nadia'),
    ]).toEqual([hospitalVoice, generalPracticeVoice, otherVoices[0], otherVoices[1]]);
  });

  it('never puts a variant after the en-gb or en-uk alias, where espeak-ng ignores it', () => {
    for (const voice of [hospitalVoice, generalPracticeVoice, ...otherVoices])
      expect(voice.name).not.toMatch(/^en-(?:gb|uk)\+/);
  });

  it('reuses the other voices in turn for a very large cast', () => {
    const crowd = Array.from({ length: otherVoices.length + 1 }, (_, index) => ({
      id: `p${index}`,
      name: `P ${index}`,
      role: 'Patient',
      side: 'patient' as const,
    }));
    expect(assignVoices(crowd).get(`p${otherVoices.length}`)).toBe(otherVoices[0]);
  });
});

describe('assignVoices in Welsh', () => {
  it('speaks every part with the Welsh voice, in the same pattern as the English, and the two doctors apart', () => {
    const voices = assignVoices(fixtureScenario.cast, 'cy');
    expect(voices.get('amara')).toBe(welshVoices.hospital);
    expect(voices.get('tom')).toBe(welshVoices.generalPractice);
    expect([...voices.values()].every((voice) => voice.name.startsWith('cy+'))).toBe(true);
  });
});
