import type { ScenarioRecord } from '../progress/progress-store';
import { choiceIds, type CourseInfo, type CourseScenario } from './course-info';
import { codeTable, shortCode, shortCodeLength } from './short-code';

/**
 * The learner's progress in every scenario as one short string, for `cmi.suspend_data`.
 *
 *     1~1.0.0~t5k2wq~<entry>_<entry>…
 *     │ │     │       └ one entry per scenario the learner has moved in, oldest change first
 *     │ │     └ when it was saved, in seconds since 1970, base 36
 *     │ └ the content version (settings module.version): progress from another version is not used
 *     └ the format of this string
 *
 *     entry = <scenario>.<choice><choice>….<node>[.<ending><score>]
 *
 * Each id is written as its three-character short code (see short-code.ts), so an entry stays
 * valid whatever order authors list choices and nodes in; the choices are the learner's path in
 * order and the node is where they are. A finished scenario adds its best result, the ending and
 * score of its best run, the score in base 36. Only `[0-9a-z._~]` is used: nothing an LMS could
 * escape or mangle.
 * Only the order of changes is kept, not their times (the scenarios page only needs the latest).
 */
export const codecFormat = '1';

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
  return record.choices.length > 0 || record.at !== scenario.start || !!record.finished;
}

export function encodeProgress(course: CourseInfo, progress: CourseProgress): string {
  const entries = course.scenarios
    .flatMap((scenario) => {
      const record = progress.records[scenario.id];
      return record && worthKeeping(scenario, record) ? [{ scenario, record }] : [];
    })
    .sort((a, b) => (a.record.updatedAt ?? '').localeCompare(b.record.updatedAt ?? ''))
    .map(({ scenario, record }) => {
      const fields = [shortCode(scenario.id), record.choices.map(shortCode).join(''), shortCode(record.at)];
      if (record.finished) fields.push(shortCode(record.finished.ending) + Math.max(0, Math.round(record.finished.score)).toString(36));
      return fields.join('.');
    });
  return [codecFormat, course.version, Math.floor(progress.savedAt / 1000).toString(36), entries.join('_')].join('~');
}

const codePattern = new RegExp(`^(?:[0-9a-z]{${shortCodeLength}})*$`);
const splitCodes = (text: string) => text.match(new RegExp(`.{${shortCodeLength}}`, 'g')) ?? [];

class Corrupt extends Error {}

function resolve(table: Map<string, string | null>, code: string): string {
  const id = table.get(code);
  if (!id) throw new Corrupt(`unknown or ambiguous code ${code}`);
  return id;
}

function decodeEntry(course: CourseInfo, scenarios: Map<string, string | null>, entry: string): [string, Omit<ScenarioRecord, 'updatedAt'>] {
  const fields = entry.split('.');
  if (fields.length < 3 || fields.length > 4) throw new Corrupt('wrong number of fields');
  const [scenarioCode = '', choiceCodes = '', atCode = '', finishedCode] = fields;
  const scenario = course.scenarios.find((candidate) => candidate.id === resolve(scenarios, scenarioCode))!;
  if (!codePattern.test(choiceCodes) || !codePattern.test(atCode) || atCode.length !== shortCodeLength) throw new Corrupt('bad codes');
  const choices = codeTable(choiceIds(scenario));
  const nodes = codeTable(scenario.nodes);
  const record: Omit<ScenarioRecord, 'updatedAt'> = {
    choices: splitCodes(choiceCodes).map((code) => resolve(choices, code)),
    at: resolve(nodes, atCode),
  };
  if (finishedCode !== undefined) {
    const ending = resolve(nodes, finishedCode.slice(0, shortCodeLength));
    const scoreText = finishedCode.slice(shortCodeLength);
    const score = parseInt(scoreText, 36);
    const outcome = scenario.endings[ending];
    if (!outcome || !/^[0-9a-z]{1,3}$/.test(scoreText) || !(score <= scenario.maxScore)) throw new Corrupt('bad finish');
    record.finished = { ending, outcome, score, maxScore: scenario.maxScore };
  }
  return [scenario.id, record];
}

/** Reads what encodeProgress wrote. Anything unexpected is reported, never thrown. */
export function decodeProgress(course: CourseInfo, text: string | null | undefined): DecodeResult {
  if (!text) return { ok: false, reason: 'empty' };
  const parts = text.split('~');
  if (parts[0] !== codecFormat) return { ok: false, reason: 'other-format' };
  if (parts.length !== 4) return { ok: false, reason: 'corrupt' };
  const [, version, savedAtText = '', entriesText = ''] = parts;
  if (version !== course.version) return { ok: false, reason: 'other-version' };
  if (!/^[0-9a-z]{1,8}$/.test(savedAtText)) return { ok: false, reason: 'corrupt' };
  const savedAt = parseInt(savedAtText, 36) * 1000;
  try {
    const scenarios = codeTable(course.scenarios.map((scenario) => scenario.id));
    const entries = entriesText ? entriesText.split('_').map((entry) => decodeEntry(course, scenarios, entry)) : [];
    const records: Record<string, ScenarioRecord> = {};
    entries.forEach(([id, record], index) => {
      if (records[id]) throw new Corrupt('scenario twice');
      // Entries are oldest first; a second apart keeps their order for "resume where you left off".
      records[id] = { ...record, updatedAt: new Date(savedAt - (entries.length - 1 - index) * 1000).toISOString() };
    });
    return { ok: true, progress: { savedAt, records } };
  } catch (error) {
    if (error instanceof Corrupt) return { ok: false, reason: 'corrupt' };
    throw error;
  }
}
