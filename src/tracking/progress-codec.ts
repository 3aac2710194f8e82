import type { ScenarioRecord } from '../progress/progress-store';
import { scoredRunOf } from '../progress/scoring';
import { choiceIds, type CourseInfo, type CourseScenario } from './course-info';
import { codeTable, shortCode, shortCodeLength } from './short-code';

/**
 * The learner's progress in every scenario as one short string, for `cmi.suspend_data`.
 *
 *     2~1.0.0~t5k2wq~<entry>_<entry>…
 *     │ │     │       └ one entry per scenario the learner has moved in, oldest change first
 *     │ │     └ when it was saved, in seconds since 1970, base 36
 *     │ └ the content version (settings module.version): progress from another version is not used
 *     └ the format of this string
 *
 *     entry = <scenario>.<choice><choice>….<node>.<shared><choice>…[.<ending><score>]
 *
 * Each id is written as its three-character short code (see short-code.ts), so an entry stays
 * valid whatever order authors list choices and nodes in; the choices are the learner's path in
 * order and the node is where they are. Then the scored run (src/progress/scoring.ts), the
 * learner's first answers: how many of them the path shares from its start (one base-36 digit),
 * then the rest, so a learner who never went back costs one character. A scenario whose scored
 * run has reached an ending adds that ending and the scored score, in base 36. Only `[0-9a-z._~]`
 * is used: nothing an LMS could escape or mangle.
 *
 * Format 1, written before the first answer counted, had no scored run; it still decodes, and
 * scoredRunOf reads its records as sensibly as it can.
 * Only the order of changes is kept, not their times (the scenarios page only needs the latest).
 */
export const codecFormat = '2';
const formatWithoutScoredRun = '1';
/** The most choices one base-36 digit can say the path and the scored run share. */
const maxShared = 35;

export interface CourseProgress {
  /** When the progress was saved, in milliseconds since 1970 (kept to the second). */
  savedAt: number;
  records: Record<string, ScenarioRecord>;
}

export type DecodeResult =
  | { ok: true; progress: CourseProgress }
  | { ok: false; reason: 'empty' | 'other-format' | 'other-version' | 'corrupt' };

/** Whether a record says anything worth keeping: a learner who only opened a scenario has no entry. */
function worthKeeping(scenario: CourseScenario, record: ScenarioRecord): boolean {
  return (
    record.choices.length > 0 ||
    record.at !== scenario.start ||
    !!record.finished ||
    (record.scored?.length ?? 0) > 0
  );
}

export function encodeProgress(course: CourseInfo, progress: CourseProgress): string {
  const entries = course.scenarios
    .flatMap((scenario) => {
      const record = progress.records[scenario.id];
      return record && worthKeeping(scenario, record) ? [{ scenario, record }] : [];
    })
    .sort((a, b) => (a.record.updatedAt ?? '').localeCompare(b.record.updatedAt ?? ''))
    .map(({ scenario, record }) => {
      const scored = scoredRunOf(record).choices;
      let shared = 0;
      while (
        shared < Math.min(maxShared, scored.length, record.choices.length) &&
        scored[shared] === record.choices[shared]
      )
        shared += 1;
      const fields = [
        shortCode(scenario.id),
        record.choices.map(shortCode).join(''),
        shortCode(record.at),
        shared.toString(36) + scored.slice(shared).map(shortCode).join(''),
      ];
      if (record.finished)
        fields.push(
          shortCode(record.finished.ending) +
            Math.max(0, Math.round(record.finished.score)).toString(36),
        );
      return fields.join('.');
    });
  return [
    codecFormat,
    course.version,
    Math.floor(progress.savedAt / 1000).toString(36),
    entries.join('_'),
  ].join('~');
}

const codePattern = new RegExp(`^(?:[0-9a-z]{${shortCodeLength}})*$`);
const splitCodes = (text: string) => text.match(new RegExp(`.{${shortCodeLength}}`, 'g')) ?? [];

class Corrupt extends Error {}

function resolve(table: Map<string, string | null>, code: string): string {
  const id = table.get(code);
  if (!id) throw new Corrupt(`unknown or ambiguous code ${code}`);
  return id;
}

function decodeEntry(
  course: CourseInfo,
  scenarios: Map<string, string | null>,
  entry: string,
  hasScoredRun: boolean,
): [string, Omit<ScenarioRecord, 'updatedAt'>] {
  const fields = entry.split('.');
  const scoredFields = hasScoredRun ? 1 : 0;
  if (fields.length < 3 + scoredFields || fields.length > 4 + scoredFields)
    throw new Corrupt('wrong number of fields');
  const [scenarioCode = '', choiceCodes = '', atCode = ''] = fields;
  const scoredCode = hasScoredRun ? fields[3]! : undefined;
  const finishedCode = fields[3 + scoredFields];
  const scenario = course.scenarios.find(
    (candidate) => candidate.id === resolve(scenarios, scenarioCode),
  )!;
  if (
    !codePattern.test(choiceCodes) ||
    !codePattern.test(atCode) ||
    atCode.length !== shortCodeLength
  )
    throw new Corrupt('bad codes');
  const choices = codeTable(choiceIds(scenario));
  const nodes = codeTable(scenario.nodes);
  const record: Omit<ScenarioRecord, 'updatedAt'> = {
    choices: splitCodes(choiceCodes).map((code) => resolve(choices, code)),
    at: resolve(nodes, atCode),
  };
  if (scoredCode !== undefined) {
    const shared = parseInt(scoredCode.slice(0, 1), 36);
    const rest = scoredCode.slice(1);
    if (
      !/^[0-9a-z]$/.test(scoredCode.slice(0, 1)) ||
      shared > record.choices.length ||
      !codePattern.test(rest)
    )
      throw new Corrupt('bad scored run');
    record.scored = [
      ...record.choices.slice(0, shared),
      ...splitCodes(rest).map((code) => resolve(choices, code)),
    ];
  }
  if (finishedCode !== undefined) {
    const ending = resolve(nodes, finishedCode.slice(0, shortCodeLength));
    const scoreText = finishedCode.slice(shortCodeLength);
    const score = parseInt(scoreText, 36);
    const outcome = scenario.endings[ending];
    if (!outcome || !/^[0-9a-z]{1,3}$/.test(scoreText) || !(score <= scenario.maxScore))
      throw new Corrupt('bad finish');
    record.finished = { ending, outcome, score, maxScore: scenario.maxScore };
  }
  return [scenario.id, record];
}

/** Reads what encodeProgress wrote. Anything unexpected is reported, never thrown. */
export function decodeProgress(course: CourseInfo, text: string | null | undefined): DecodeResult {
  if (!text) return { ok: false, reason: 'empty' };
  const parts = text.split('~');
  if (parts[0] !== codecFormat && parts[0] !== formatWithoutScoredRun)
    return { ok: false, reason: 'other-format' };
  const hasScoredRun = parts[0] === codecFormat;
  if (parts.length !== 4) return { ok: false, reason: 'corrupt' };
  const [, version, savedAtText = '', entriesText = ''] = parts;
  if (version !== course.version) return { ok: false, reason: 'other-version' };
  if (!/^[0-9a-z]{1,8}$/.test(savedAtText)) return { ok: false, reason: 'corrupt' };
  const savedAt = parseInt(savedAtText, 36) * 1000;
  try {
    const scenarios = codeTable(course.scenarios.map((scenario) => scenario.id));
    const entries = entriesText
      ? entriesText.split('_').map((entry) => decodeEntry(course, scenarios, entry, hasScoredRun))
      : [];
    const records: Record<string, ScenarioRecord> = {};
    entries.forEach(([id, record], index) => {
      if (records[id]) throw new Corrupt('scenario twice');
      // Entries are oldest first; a second apart keeps their order for "resume where you left off".
      records[id] = {
        ...record,
        updatedAt: new Date(savedAt - (entries.length - 1 - index) * 1000).toISOString(),
      };
    });
    return { ok: true, progress: { savedAt, records } };
  } catch (error) {
    if (error instanceof Corrupt) return { ok: false, reason: 'corrupt' };
    throw error;
  }
}
