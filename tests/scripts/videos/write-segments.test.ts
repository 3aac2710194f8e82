import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { writeOverlaySegments, writeSegments } from '../../../scripts/videos/write-segments';
import { fixtureYaml } from './scenario-fixture';

const nodesOf = (text: string) =>
  (parse(text) as { nodes: { id: string; segment?: unknown }[] }).nodes;

describe('writeSegments', () => {
  const segments = new Map([
    [0, { start: 0, end: 2 }],
    [2, { start: 2.8, end: 7.7 }],
    [5, { start: 11.3, end: 16.25 }],
  ]);
  const result = writeSegments(fixtureYaml, segments);

  it('sets the segment of every scene node and removes it from the others', () => {
    expect(result.changed).toBe(true);
    expect(nodesOf(result.text).map((node) => [node.id, node.segment])).toEqual([
      ['ward', { start: 0, end: 2 }],
      ['decide', undefined],
      ['later', { start: 2.8, end: 7.7 }],
      ['quiet', undefined],
      ['only-some', undefined],
      ['end', { start: 11.3, end: 16.25 }],
    ]);
  });

  it('adds a segment on its own line after the kind, and touches nothing else', () => {
    const added = fixtureYaml
      .replace(
        '  - id: ward\n    kind: dialogue\n',
        '  - id: ward\n    kind: dialogue\n    segment: { start: 0, end: 2 }\n',
      )
      .replace(
        '  - id: later\n    kind: scene\n',
        '  - id: later\n    kind: scene\n    segment: { start: 2.8, end: 7.7 }\n',
      )
      .replace('    segment: { start: 90, end: 95 }\n', '')
      .replace(
        '  - id: end\n    kind: ending\n',
        '  - id: end\n    kind: ending\n    segment: { start: 11.3, end: 16.25 }\n',
      );
    expect(result).toEqual({ text: added, changed: true, restyled: false });
  });

  it('leaves the text byte for byte when every segment is already right', () => {
    expect(writeSegments(result.text, segments)).toEqual({
      text: result.text,
      changed: false,
      restyled: false,
    });
  });

  it('updates an existing segment in place, keeping its style and comment', () => {
    const text = [
      'nodes:',
      '  - id: a',
      '    kind: dialogue',
      '    segment: {start: 1, end: 2}   # first take',
      '    text: >-',
      '      Folded text that the yaml package',
      '      would re-flow if it printed the file.',
      '  - id: b',
      '    kind: dialogue',
      '    segment:',
      '      start: 3 # keep me',
      '      end: 4',
      '',
    ].join('\n');
    const updated = writeSegments(
      text,
      new Map([
        [0, { start: 1, end: 2.5 }],
        [1, { start: 3.25, end: 4 }],
      ]),
    );
    expect(updated.text).toBe(
      text.replace('end: 2}', 'end: 2.5}').replace('start: 3 #', 'start: 3.25 #'),
    );
    expect(updated.restyled).toBe(false);
  });

  it('removes a segment with the comment at the end of its line', () => {
    const text =
      'nodes:\n  - id: a\n    kind: decision\n    segment: { start: 1, end: 2 } # stale\n    prompt: Why?\n';
    expect(writeSegments(text, new Map()).text).toBe(
      'nodes:\n  - id: a\n    kind: decision\n    prompt: Why?\n',
    );
  });

  it('adds a segment after the last line of a file without a final newline', () => {
    const text = 'nodes:\n  - id: a\n    kind: ending';
    expect(writeSegments(text, new Map([[0, { start: 0, end: 1 }]])).text).toBe(
      'nodes:\n  - id: a\n    kind: ending\n    segment: { start: 0, end: 1 }\n',
    );
  });

  it('re-prints the document when a node is a flow map, and says so', () => {
    const text = '# nodes\nnodes:\n  - { id: a, kind: ending }\n';
    const written = writeSegments(text, new Map([[0, { start: 0, end: 1 }]]));
    expect(written.restyled).toBe(true);
    expect(written.text.startsWith('# nodes\n')).toBe(true);
    expect(nodesOf(written.text)).toEqual([
      { id: 'a', kind: 'ending', segment: { start: 0, end: 1 } },
    ]);
  });

  it('refuses YAML it cannot read', () => {
    expect(() => writeSegments('nodes: [', new Map())).toThrow(/cannot be read/);
    expect(() => writeSegments('id: x\n', new Map())).toThrow(/no nodes/);
  });
});

describe('writeOverlaySegments', () => {
  const overlayText = [
    'translation: { status: unreviewed }',
    'nodes:',
    '  intro:',
    '    lines:',
    '      - Helo.',
    '  later:',
    '    when: Wedyn',
    '    where: Yn y feddygfa',
    '    segment: { start: 9, end: 10 }',
    '  ask:',
    '    prompt: Beth?',
    '',
  ].join('\n');

  it('writes each timed node its Welsh segment after its last field and removes stale ones, leaving the rest as written', () => {
    const result = writeOverlaySegments(overlayText, new Map([['intro', { start: 0, end: 1.5 }]]));
    expect(result).toEqual({
      changed: true,
      restyled: false,
      text: overlayText
        .replace('      - Helo.\n', '      - Helo.\n    segment: { start: 0, end: 1.5 }\n')
        .replace('    segment: { start: 9, end: 10 }\n', ''),
    });
  });

  it('changes nothing when the segments are already right', () => {
    expect(writeOverlaySegments(overlayText, new Map([['later', { start: 9, end: 10 }]]))).toEqual({
      text: overlayText,
      changed: false,
      restyled: false,
    });
  });
});
