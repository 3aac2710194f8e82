/**
 * Which espeak-ng voice speaks for each cast member. The two doctors must sound clearly different
 * (a learner following by ear has to tell the sides apart), and everyone else different again.
 */
import type { Side } from '../../src/schemas/common';
import type { Scenario } from '../../src/schemas/scenario';

export interface Voice {
  /**
   * espeak-ng voice and variant, e.g. "en+f3". espeak-ng 1.51 silently drops the variant after
   * the "en-gb" and "en-uk" aliases, so British English is written "en" (the same voice).
   */
  name: string;
  /** espeak-ng pitch, 0 to 99. */
  pitch: number;
}

/** Words per minute for every voice: fixed, so timings only change when the words do. */
export const speechRate = 160;

/** The hospital doctor (Amara in the house scenarios): British English, a higher, female variant. */
export const hospitalVoice: Voice = { name: 'en+f3', pitch: 62 };

/** The GP trainee (Tom): Received Pronunciation, a lower, male variant. */
export const generalPracticeVoice: Voice = { name: 'en-gb-x-rp+m3', pitch: 36 };

/** Patients and anyone else, in cast order: different accents, variants and pitches. */
export const otherVoices: readonly Voice[] = [
  { name: 'en-gb-scotland+f4', pitch: 50 },
  { name: 'en-gb-x-gbcwmd+m1', pitch: 28 },
  { name: 'en-029+f2', pitch: 72 },
  { name: 'en-gb-x-gbclan+m7', pitch: 46 },
  { name: 'en-us+f5', pitch: 58 },
  { name: 'en+m4', pitch: 20 },
];

/**
 * The same parts in Welsh: espeak-ng has one Welsh voice ("cy"), so the speakers are told apart
 * by its variants and pitches, in the same pattern as the English.
 */
export const welshVoices = {
  hospital: { name: 'cy+f3', pitch: 62 },
  generalPractice: { name: 'cy+m3', pitch: 36 },
  others: [
    { name: 'cy+f4', pitch: 50 },
    { name: 'cy+m1', pitch: 28 },
    { name: 'cy+f2', pitch: 72 },
    { name: 'cy+m7', pitch: 46 },
    { name: 'cy+f5', pitch: 58 },
    { name: 'cy+m4', pitch: 20 },
  ],
} as const satisfies { hospital: Voice; generalPractice: Voice; others: readonly Voice[] };

const englishVoices = {
  hospital: hospitalVoice,
  generalPractice: generalPracticeVoice,
  others: otherVoices,
};

// The two doctors the module follows, told apart from consultants, pharmacists and the like.
const foundationDoctorRole = /\bFY ?\d\b|\bfoundation\b/i;
const generalPracticeTraineeRole = /\btrainee\b|\bGPST\d?\b|\bregistrar\b/i;

/**
 * A voice per cast id. The hospital doctor (the foundation doctor if there are several hospital
 * members, else the first) and the GP trainee (likewise) get the doctors' voices; everyone else
 * takes the next of the other voices, in cast order.
 */
export function assignVoices(
  cast: Scenario['cast'],
  language: 'en' | 'cy' = 'en',
): Map<string, Voice> {
  const { hospital, generalPractice, others } = language === 'cy' ? welshVoices : englishVoices;
  const onSide = (side: Side) => cast.filter((member) => member.side === side);
  const pick = (members: Scenario['cast'], role: RegExp) =>
    members.find((member) => role.test(member.role)) ?? members[0];
  const hospitalDoctor = pick(onSide('hospital'), foundationDoctorRole);
  const generalPracticeDoctor = pick(onSide('general-practice'), generalPracticeTraineeRole);
  const voices = new Map<string, Voice>();
  let nextOther = 0;
  for (const member of cast) {
    if (member === hospitalDoctor) voices.set(member.id, hospital);
    else if (member === generalPracticeDoctor) voices.set(member.id, generalPractice);
    else {
      voices.set(member.id, others[nextOther % others.length]!);
      nextOther += 1;
    }
  }
  return voices;
}
