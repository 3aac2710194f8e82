import { describe, expect, it } from 'vitest';
import { reachedCues } from '../../../src/components/vlog/TranscriptBody';

const cue = (start: number, end: number, text: string) => ({ start, end, text });
const cues = [
  cue(0, 4, 'opening'),
  cue(4, 9, 'more opening'),
  cue(10, 14, 'branch A'),
  cue(15, 19, 'branch B'),
  cue(20, 25, 'the ending'),
];

describe('the vlog transcript', () => {
  it('shows nothing before a scene is reached: the file holds every branch and ending', () => {
    expect(reachedCues(cues, [])).toEqual([]);
  });

  it('shows only the lines of the scenes reached, not the branches and endings not taken', () => {
    expect(
      reachedCues(cues, [
        { start: 0, end: 9.5 },
        { start: 15, end: 19.5 },
      ]).map((line) => line.text),
    ).toEqual(['opening', 'more opening', 'branch B']);
  });
});
