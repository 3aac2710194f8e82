import { describe, it, expect } from 'vitest';
import { buildVlogScript, shortName } from '../../../scripts/videos/vlog-script';
import { fixtureScenario } from './scenario-fixture';

describe('buildVlogScript', () => {
  const script = buildVlogScript(fixtureScenario);

  it('makes a scene of every node with something to show, in file order, skipping decisions', () => {
    expect(script.scenes.map((scene) => [scene.nodeIndex, scene.nodeId])).toEqual([
      [0, 'ward'],
      [2, 'later'],
      [3, 'quiet'],
      [5, 'end'],
    ]);
  });

  it('leaves out lines with requires or unless, which one linear video cannot hold', () => {
    expect(script.scenes[0]!.utterances).toEqual([
      { speakerId: 'amara', lineIndex: 0, text: 'Hello, Mrs Patel.' },
      { speakerId: 'mrs-patel', lineIndex: 2, text: 'Am I going home?' },
    ]);
    expect(script.scenes.some((scene) => scene.nodeId === 'only-some')).toBe(false);
  });

  it('opens scene nodes with a when-and-where card, even when nobody speaks', () => {
    expect(script.scenes[1]!.titleCard).toEqual({
      when: 'Three weeks later',
      where: 'At the GP surgery',
      perspective: 'general-practice',
    });
    expect(script.scenes[2]).toMatchObject({
      titleCard: { when: 'That evening', where: 'The ward' },
      utterances: [],
    });
    expect(script.scenes[0]!.titleCard).toBeUndefined();
  });

  it('splits long lines into caption-sized utterances from the same line', () => {
    expect(script.scenes[3]!.utterances).toEqual([
      {
        speakerId: 'amara',
        lineIndex: 0,
        text: 'Next time I will write the action, the owner and the date,',
      },
      { speakerId: 'amara', lineIndex: 0, text: 'so nobody has to guess whose job it is.' },
    ]);
  });

  it('names chapters by when and where, or by who speaks and how it begins', () => {
    expect(script.scenes.map((scene) => scene.chapterTitle)).toEqual([
      'Amara and Mrs Patel: “Hello, Mrs Patel.”',
      'Three weeks later — At the GP surgery',
      'That evening — The ward',
      'Amara: “Next time I will write the action, the…”',
    ]);
  });
});

describe('shortName', () => {
  it('names colleagues by first name and patients as they would be addressed', () => {
    expect(shortName('Amara Okafor')).toBe('Amara');
    expect(shortName('Dr Amara Okafor')).toBe('Amara');
    expect(shortName('Dr. Khan')).toBe('Dr. Khan');
    expect(shortName('Mrs Patel')).toBe('Mrs Patel');
    expect(shortName('Mrs Gloria Campbell')).toBe('Mrs Campbell');
    expect(shortName('Cher')).toBe('Cher');
  });
});
