import { describe, it, expect } from 'vitest';
import {
  backgrounds,
  buildPosterGraph,
  buildStillsGraph,
  frame,
  placeholderLabel,
  planPictures,
  slideshowList,
  videoLengthMs,
  wrapText,
} from '../../../scripts/videos/render';
import { layOutTimeline } from '../../../scripts/videos/timeline';
import { buildVlogScript } from '../../../scripts/videos/vlog-script';
import { fixtureScenario } from './scenario-fixture';

const fonts = { regular: '/fonts/Regular.ttf', bold: '/fonts/Bold.ttf' };
const timeline = layOutTimeline(
  buildVlogScript(fixtureScenario),
  (utterance) => utterance.text.length * 50 + 3,
);
const lengthMs = videoLengthMs(timeline);
const pictures = planPictures(timeline, fixtureScenario, lengthMs);

describe('wrapText', () => {
  it('wraps at spaces within the width', () => {
    expect(wrapText('Am I going home today, doctor? My daughter is waiting.', 20)).toBe(
      'Am I going home\ntoday, doctor? My\ndaughter is waiting.',
    );
  });

  it('gives a word longer than the width a line of its own', () => {
    expect(wrapText('see supercalifragilistic now', 10)).toBe('see\nsupercalifragilistic\nnow');
  });
});

describe('videoLengthMs', () => {
  it('rounds the timeline up to a whole frame', () => {
    expect(lengthMs).toBeGreaterThanOrEqual(timeline.durationMs);
    expect(lengthMs - timeline.durationMs).toBeLessThan(1000 / frame.fps);
    expect(Number.isInteger((lengthMs / 1000) * frame.fps)).toBe(true);
  });
});

describe('planPictures', () => {
  it('has one still per scene card and per chunk of speech, in order', () => {
    expect(
      pictures.map((picture) =>
        picture.kind === 'card' ? `card: ${picture.heading}` : `${picture.name}: ${picture.words}`,
      ),
    ).toEqual([
      'Amara Okafor: Hello, Mrs Patel.',
      'Mrs Patel: Am I going home?',
      'card: Three weeks later',
      'Tom Reid: Come in. How have you been since you came out of hospital?',
      'card: That evening',
      'Amara Okafor: Next time I will write the action, the owner and the date,',
      'Amara Okafor: so nobody has to guess whose job it is.',
    ]);
  });

  it('covers the whole video with no gaps, each still lasting until the next starts', () => {
    expect(pictures[0]!.startMs).toBe(0);
    for (const [index, picture] of pictures.entries()) {
      expect(picture.endMs).toBe(pictures[index + 1]?.startMs ?? lengthMs);
    }
    const tomSpeaks = timeline.scenes[1]!.utterances[0]!;
    expect(pictures[3]).toMatchObject({ startMs: tomSpeaks.startMs });
  });

  it('colours each still by side, with the role and side under the name', () => {
    expect(pictures[1]).toMatchObject({
      background: backgrounds.patient,
      role: 'Patient · Patient',
    });
    expect(pictures[2]).toMatchObject({
      background: backgrounds['general-practice'],
      subheading: 'At the GP surgery',
    });
    expect(pictures[4]).toMatchObject({ background: backgrounds.neutral });
    expect(pictures[5]).toMatchObject({
      background: backgrounds.hospital,
      role: 'FY2 doctor · Hospital',
    });
  });
});

describe('buildStillsGraph', () => {
  const { graph, textFiles } = buildStillsGraph(pictures, fonts, '/work');
  const filters = graph.replace(/^\[0:v\]/, '').split(',\n');

  it('draws still i on frame i only', () => {
    expect(
      filters
        .filter((filter) => filter.startsWith('drawbox') && filter.includes('h=ih'))
        .map((filter) => /eq\(n,(\d+)\)/.exec(filter)?.[1]),
    ).toEqual(pictures.map((_, index) => String(index)));
  });

  it('writes every text, wrapped, to its own file, so no quote or colon can break the graph', () => {
    const texts = [...textFiles.values()];
    expect(texts).toEqual(expect.arrayContaining(['Mrs Patel', 'Three weeks later', 'The ward']));
    expect(graph).not.toContain('Mrs Patel');
    expect(graph).toContain("textfile='/work/still-text-0000.txt'");
  });

  it('leaves the spoken words to the captions, so they never show twice', () => {
    const texts = [...textFiles.values()].join('\n');
    for (const picture of pictures)
      if (picture.kind === 'speaker') expect(texts).not.toContain(picture.words);
  });

  it('draws the placeholder label last, on every frame, so nothing covers it', () => {
    expect(textFiles.get(/textfile='([^']+)'/.exec(filters.at(-1)!)![1]!)).toBe(placeholderLabel);
    expect(filters.at(-1)).not.toContain('enable=');
    expect(graph.startsWith('[0:v]')).toBe(true);
    expect(graph.endsWith('[stills]')).toBe(true);
  });
});

describe('slideshowList', () => {
  it('lists each still for as long as it shows, repeating the last so its duration counts', () => {
    const list = slideshowList(pictures.slice(0, 2), (index) => `/work/still-${index}.png`);
    expect(list).toBe(
      [
        'ffconcat version 1.0',
        "file '/work/still-0.png'",
        `duration ${(pictures[0]!.endMs / 1000).toFixed(3)}`,
        "file '/work/still-1.png'",
        `duration ${((pictures[1]!.endMs - pictures[1]!.startMs) / 1000).toFixed(3)}`,
        "file '/work/still-1.png'",
        '',
      ].join('\n'),
    );
  });
});

describe('buildPosterGraph', () => {
  it('shows the scenario title and the placeholder label', () => {
    const { textFiles } = buildPosterGraph(fixtureScenario, fonts, '/work');
    expect([...textFiles.values()]).toEqual(['The letter', 'Placeholder vlog', placeholderLabel]);
  });
});
