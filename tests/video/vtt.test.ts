import { describe, it, expect } from 'vitest';
import { formatVttTimestamp, parseVtt, serializeVtt, type VttCue } from '../../src/video/vtt';

const errorsOf = (source: string) => {
  const result = parseVtt(source);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
};

const cuesOf = (source: string) => {
  const result = parseVtt(source);
  if (!result.ok) throw new Error(`expected the file to be read: ${JSON.stringify(result.errors)}`);
  return result.cues;
};

describe('formatVttTimestamp', () => {
  it('writes hours, minutes, seconds and milliseconds with fixed widths', () => {
    expect(formatVttTimestamp(0)).toBe('00:00:00.000');
    expect(formatVttTimestamp(62.5)).toBe('00:01:02.500');
    expect(formatVttTimestamp(3723.004)).toBe('01:02:03.004');
  });

  it('rounds to the nearest millisecond, carrying into the seconds', () => {
    expect(formatVttTimestamp(1.0004)).toBe('00:00:01.000');
    expect(formatVttTimestamp(59.9996)).toBe('00:01:00.000');
    expect(formatVttTimestamp(0.1 + 0.2)).toBe('00:00:00.300');
  });

  it('refuses times that cannot be written', () => {
    expect(() => formatVttTimestamp(-1)).toThrow(RangeError);
    expect(() => formatVttTimestamp(Number.NaN)).toThrow(RangeError);
  });
});

describe('parseVtt', () => {
  it('reads ids, times, voices and multi-line text', () => {
    const cues = cuesOf(
      [
        'WEBVTT - placeholder captions',
        '',
        'NOTE written by hand',
        '',
        'call-1',
        '00:00:00.000 --> 00:00:02.500',
        '<v Dr Amara Okafor>Hello, is that the surgery?',
        '',
        '00:02.750 --> 00:05.000 align:start',
        '<v.quiet Tom Reid>Speaking. <i>How</i> can I help?',
        'It&apos;s fine &amp; well &lt;ish&gt; &#8212; &#x2019;',
        '',
        '01:00:00.000 --> 01:00:01.000',
        'No speaker here',
        '',
      ].join('\n'),
    );
    expect(cues).toEqual([
      {
        id: 'call-1',
        start: 0,
        end: 2.5,
        text: 'Hello, is that the surgery?',
        voice: 'Dr Amara Okafor',
      },
      {
        start: 2.75,
        end: 5,
        text: "Speaking. How can I help?\nIt's fine & well <ish> \u2014 \u2019",
        voice: 'Tom Reid',
      },
      { start: 3600, end: 3601, text: 'No speaker here' },
    ]);
  });

  it('accepts a byte order mark, CRLF line endings and STYLE blocks before the cues', () => {
    const cues = cuesOf(
      '\uFEFFWEBVTT\r\n\r\nSTYLE\r\n::cue { color: yellow }\r\n\r\n00:01.000 --> 00:02.000\r\nHi\r\n',
    );
    expect(cues).toEqual([{ start: 1, end: 2, text: 'Hi' }]);
  });

  it('reads a file with no cues as valid and empty', () => {
    expect(cuesOf('WEBVTT\n')).toEqual([]);
  });

  it('rejects a file without the WEBVTT line', () => {
    expect(errorsOf('00:01.000 --> 00:02.000\nHi\n')).toEqual([
      {
        line: 1,
        message:
          'the file must start with the word WEBVTT on its first line (found "00:01.000 --> 00:02.000").',
      },
    ]);
    expect(errorsOf('WEBVTTX\n')[0]?.line).toBe(1);
    expect(errorsOf('\nWEBVTT\n')[0]?.message).toContain('the first line is empty');
  });

  it('rejects a cue straight after the header', () => {
    expect(errorsOf('WEBVTT\n00:01.000 --> 00:02.000\nHi\n')).toEqual([
      {
        line: 2,
        message: 'a cue starts straight after the WEBVTT line: leave a blank line after WEBVTT.',
      },
    ]);
  });

  it('names the line and the problem for each malformed time', () => {
    const errors = errorsOf(
      [
        'WEBVTT',
        '',
        '0:01.000 --> 00:02.000',
        'one-digit minutes',
        '',
        '00:03.5 --> 00:04.000',
        'two-digit milliseconds',
        '',
        '00:75.000 --> 00:76.000',
        'too many seconds',
        '',
        '75:00.000 --> 76:00.000',
        'too many minutes',
      ].join('\n'),
    );
    expect(errors.map((error) => error.line)).toEqual([3, 6, 9, 9, 12, 12]);
    expect(errors[0]?.message).toBe(
      'the start time "0:01.000" is not a WebVTT time: write hh:mm:ss.ttt or mm:ss.ttt with two-digit minutes and seconds and three-digit milliseconds, e.g. 00:01:02.500.',
    );
    expect(errors[2]?.message).toBe(
      'the start time "00:75.000" has 75 seconds: seconds must be 00 to 59.',
    );
    expect(errors[4]?.message).toBe(
      'the start time "75:00.000" has 75 minutes: minutes must be 00 to 59 (write the hours in front, e.g. 01:05:00.000).',
    );
  });

  it('rejects an arrow without spaces', () => {
    expect(errorsOf('WEBVTT\n\n00:01.000-->00:02.000\nHi\n')).toEqual([
      {
        line: 3,
        message:
          'the timing line must be "start --> end" with a space either side of the arrow, e.g. "00:01:02.500 --> 00:01:04.000".',
      },
    ]);
  });

  it('rejects a cue that does not end after it starts', () => {
    expect(
      errorsOf(
        'WEBVTT\n\n00:04.000 --> 00:03.000\nBackwards\n\n00:05.000 --> 00:05.000\nEmpty span\n',
      ),
    ).toEqual([
      {
        line: 3,
        message:
          'the cue ends at 00:00:03.000, which is not after its start at 00:00:04.000: the end time must be later than the start.',
      },
      {
        line: 6,
        message:
          'the cue ends at 00:00:05.000, which is not after its start at 00:00:05.000: the end time must be later than the start.',
      },
    ]);
  });

  it('rejects cues out of start order, pointing at the earlier cue', () => {
    expect(
      errorsOf(
        'WEBVTT\n\n00:05.000 --> 00:06.000\nSecond\n\nfirst\n00:01.000 --> 00:02.000\nFirst\n',
      ),
    ).toEqual([
      {
        line: 7,
        message:
          'the cue starts at 00:00:01.000, before the cue on line 3 (00:00:05.000): put the cues in order of start time.',
      },
    ]);
  });

  it('allows cues that start together or overlap, as long as they are in start order', () => {
    expect(
      cuesOf(
        'WEBVTT\n\n00:01.000 --> 00:04.000\nA\n\n00:01.000 --> 00:02.000\nB\n\n00:03.000 --> 00:05.000\nC\n',
      ),
    ).toHaveLength(3);
  });

  it('rejects a block that is not a cue', () => {
    expect(errorsOf('WEBVTT\n\nHello there\nGeneral Kenobi\n')).toEqual([
      {
        line: 3,
        message:
          'this block is not a cue: a cue needs a timing line such as "00:01:02.500 --> 00:01:04.000" (on the first line, or on the second after an identifier).',
      },
    ]);
  });

  it('rejects a cue with no text', () => {
    expect(errorsOf('WEBVTT\n\n00:01.000 --> 00:02.000\n\n00:03.000 --> 00:04.000\nHi\n')).toEqual([
      {
        line: 3,
        message:
          'the cue has no text: write what is said on the line after the timing line, or remove the cue.',
      },
    ]);
  });

  it('rejects two cues run together without a blank line', () => {
    expect(
      errorsOf('WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n00:03.000 --> 00:04.000\nThere\n'),
    ).toEqual([
      {
        line: 5,
        message:
          'a line of cue text contains "-->": leave a blank line between cues, and do not write "-->" in cue text.',
      },
    ]);
  });

  it('reports every problem in the file, not just the first', () => {
    expect(
      errorsOf(
        'WEBVTT\n\n00:02.000 --> 00:01.000\nA\n\nnot a cue\n\n00:0x.000 --> 00:03.000\nB\n',
      ).map((error) => error.line),
    ).toEqual([3, 6, 8]);
  });
});

describe('serializeVtt', () => {
  const cues: VttCue[] = [
    {
      id: 'phone-gp-1',
      start: 0,
      end: 2.345,
      text: 'Hello, is that the surgery?',
      voice: 'Dr Amara Okafor',
    },
    { start: 2.695, end: 5.1, text: 'Results < 5 & rising -> call back', voice: 'Tom <GP> Reid' },
    { id: 'title', start: 3599.9995, end: 3725.25, text: 'Three weeks later\nAt the surgery' },
  ];

  it('writes the header, ids, times, voice tags and escaped text', () => {
    expect(serializeVtt(cues)).toBe(
      [
        'WEBVTT',
        '',
        'phone-gp-1',
        '00:00:00.000 --> 00:00:02.345',
        '<v Dr Amara Okafor>Hello, is that the surgery?',
        '',
        '00:00:02.695 --> 00:00:05.100',
        '<v Tom &lt;GP&gt; Reid>Results &lt; 5 &amp; rising -&gt; call back',
        '',
        'title',
        '01:00:00.000 --> 01:02:05.250',
        'Three weeks later',
        'At the surgery',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through parseVtt', () => {
    const written = serializeVtt(cues);
    const read = cuesOf(written);
    expect(read).toEqual([cues[0], cues[1], { ...cues[2], start: 3600 }]);
    expect(serializeVtt(read)).toBe(written);
  });

  it('round-trips an empty list', () => {
    expect(serializeVtt([])).toBe('WEBVTT\n');
    expect(cuesOf(serializeVtt([]))).toEqual([]);
  });

  it('refuses an id that would break the file', () => {
    expect(() => serializeVtt([{ id: 'a --> b', start: 0, end: 1, text: 'x' }])).toThrow(/cue id/);
  });
});
