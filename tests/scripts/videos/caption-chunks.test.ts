import { describe, it, expect } from 'vitest';
import {
  maxCaptionLength,
  splitIntoCaptionChunks,
  splitSentences,
} from '../../../scripts/videos/caption-chunks';

describe('splitSentences', () => {
  it('splits after full stops, question and exclamation marks, keeping closing quotes', () => {
    expect(splitSentences('Hello. Is that you? Yes! She said "go." Then left.')).toEqual([
      'Hello.',
      'Is that you?',
      'Yes!',
      'She said "go."',
      'Then left.',
    ]);
  });

  it('does not split after a title or a common abbreviation', () => {
    expect(splitSentences('Ask Dr. Khan, e.g. tomorrow. Then call.')).toEqual([
      'Ask Dr. Khan, e.g. tomorrow.',
      'Then call.',
    ]);
  });

  it('does not split inside a number', () => {
    expect(splitSentences('Her potassium was 5.9 today.')).toEqual([
      'Her potassium was 5.9 today.',
    ]);
  });
});

describe('splitIntoCaptionChunks', () => {
  const longest = (chunks: string[]) => Math.max(...chunks.map((chunk) => chunk.length));

  it('keeps a line that fits as one chunk, with its spacing tidied', () => {
    expect(splitIntoCaptionChunks('  Hello,\n  Mrs   Patel.  ')).toEqual(['Hello, Mrs Patel.']);
  });

  it('joins short sentences and breaks between sentences when the line is too long', () => {
    const text =
      'Hi Tom. It is Amara from the acute medical unit. I am ringing about Mrs Patel, who went home on Friday.';
    expect(splitIntoCaptionChunks(text)).toEqual([
      'Hi Tom. It is Amara from the acute medical unit.',
      'I am ringing about Mrs Patel, who went home on Friday.',
    ]);
  });

  it('splits a long sentence at commas and dashes before splitting between words', () => {
    const text =
      'We started apixaban for the atrial fibrillation, so the GP will need to check her kidney function in three weeks — and I will say so in the letter.';
    const chunks = splitIntoCaptionChunks(text);
    expect(chunks).toEqual([
      'We started apixaban for the atrial fibrillation,',
      'so the GP will need to check her kidney function in three weeks —',
      'and I will say so in the letter.',
    ]);
    expect(chunks.join(' ')).toBe(text);
  });

  it('splits a sentence with no punctuation into near-equal parts at spaces', () => {
    const text = Array.from({ length: 30 }, (_, index) => `word${index}`).join(' ');
    const chunks = splitIntoCaptionChunks(text);
    expect(chunks).toHaveLength(3);
    expect(longest(chunks)).toBeLessThanOrEqual(maxCaptionLength);
    expect(Math.min(...chunks.map((chunk) => chunk.length))).toBeGreaterThan(50);
    expect(chunks.join(' ')).toBe(text);
  });

  it('never loses or reorders a word', () => {
    const text =
      'Right. So. The plan, as discussed, is: bloods on Monday; review Tuesday; and if the eGFR has dropped below thirty, halve the dose and tell the patient why. OK? OK.';
    const chunks = splitIntoCaptionChunks(text);
    expect(chunks.join(' ')).toBe(text);
    expect(longest(chunks)).toBeLessThanOrEqual(maxCaptionLength);
  });

  it('leaves a single word longer than the limit whole', () => {
    const word = 'x'.repeat(maxCaptionLength + 5);
    expect(splitIntoCaptionChunks(`See ${word} now.`)).toEqual(['See', word, 'now.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitIntoCaptionChunks('   ')).toEqual([]);
  });
});
