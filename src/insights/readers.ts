import type { InsightsCourse } from './course';
import {
  InsightsFileError,
  type AnswerRecord,
  type AttemptRecord,
  type ExportFile,
  type ExportFormat,
  type InteractionKey,
  type LoadedFile,
  type SessionRecordFile,
} from './files';
import type { MessageData, MessageParams } from '../i18n/messages';
import { interactionKeyColumns, moduleNamespace } from '../tracking/interactions';

/**
 * Turns a file's rows into what the page needs, one row at a time, so the worker can stream a
 * large export. The first row (the headings) decides what the file is; a file the page cannot
 * use stops with a message naming what it is and what was expected.
 */
export interface RowSink {
  row(cells: string[]): void;
  finish(): LoadedFile;
}

/**
 * A file refused, as message data (insights.refused.<which>): every message names the file, and
 * may end with what this page reads ({expected}).
 */
export function refusal(
  name: string,
  which: string,
  params: MessageParams = {},
  keyParams: Record<string, string | MessageData> = {},
): InsightsFileError {
  return new InsightsFileError(name, {
    key: `insights.refused.${which}`,
    params: { file: name, ...params },
    keyParams: { expected: 'insights.refused.expected', ...keyParams },
  });
}

/** "One" or "Many": which plural form of a counted message. */
const plural = (count: number) => (count === 1 ? 'One' : 'Many');

const quote = (name: string) => `"${name}"`;

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "Friday, 4 December 2026, 9:46 PM" or "4 December 2026, 9:46 PM" (Moodle's words, its time zone) → "2026-12-04". */
export function moodleDay(text: string): string | null {
  const match = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(text);
  if (!match) return null;
  const month = months.indexOf(match[2]!.toLowerCase());
  if (month < 0) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Days by the hour they start in: formatting a date is slow, and a large export has few distinct hours. */
const daysByHour = new Map<number, string>();

/** An ISO 8601 time → its day in the UK, where the module's LMSs are (UK offsets change on the hour). */
export function dayOf(time: number): string {
  const hour = Math.floor(time / 3_600_000);
  let day = daysByHour.get(hour);
  if (day === undefined) {
    day = londonDay.format(new Date(hour * 3_600_000));
    daysByHour.set(hour, day);
  }
  return day;
}

function parseTime(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const time = Date.parse(trimmed);
  return Number.isFinite(time) ? time : null;
}

const numberOrNull = (text: string | undefined) => {
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === '-') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
};

/** Interaction ids repeat on every row of a large export: one string each saves memory. */
class Interner {
  private readonly strings = new Map<string, string>();
  get(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }
}

/** Learners as numbers. The identity strings stay in this object and go when the file is read. */
class LearnerNumbers {
  private numbers: Map<string, number> | null = new Map();
  /** As written, so the same text is normalised only once. */
  private written: Map<string, number> | null = new Map();
  count = 0;
  numberOf(identity: string): number {
    const known = this.written!.get(identity);
    if (known !== undefined) return known;
    const numbers = this.numbers!;
    const key = identity.normalize('NFC');
    let number = numbers.get(key);
    if (number === undefined) {
      number = this.count;
      numbers.set(key, number);
      this.count += 1;
    }
    this.written!.set(identity, number);
    return number;
  }
  forget(): void {
    this.numbers = null;
    this.written = null;
  }
}

/** The "right answer" letters a file records per interaction: a few per decision, however large the file. */
class RightAnswers {
  readonly byInteraction = new Map<string, Set<string>>();
  add(interactionId: string, letter: string): void {
    const trimmed = letter.trim();
    if (!trimmed) return;
    const letters = this.byInteraction.get(interactionId) ?? new Set<string>();
    letters.add(trimmed);
    this.byInteraction.set(interactionId, letters);
  }
}

function interactionsReportSink(name: string, headers: string[], format: ExportFormat): RowSink {
  const column = (heading: string) => headers.indexOf(heading);
  const groups: { question: number; response: number; right: number }[] = [];
  for (let index = 0; index < headers.length; index += 1) {
    const match = /^Question (\d+)$/.exec(headers[index]!);
    if (match)
      groups.push({
        question: index,
        response: column(`Response ${match[1]}`),
        right: column(`Right answer ${match[1]}`),
      });
  }
  const responses = headers.filter((heading) => /^Response \d+$/.test(heading)).length;
  if (groups.length === 0 && responses > 0) {
    throw refusal(name, 'defaultOptions');
  }
  if (groups.length === 0) {
    throw refusal(name, 'basicReport');
  }
  if (groups.some((group) => group.response < 0)) {
    throw refusal(name, 'noResponses');
  }
  const nameColumn = column('Name');
  const identityColumns = [
    nameColumn,
    ...headers.flatMap((heading, index) =>
      index > nameColumn && index < column('Attempt') ? [index] : [],
    ),
  ];
  const attemptColumn = column('Attempt');
  const startedColumn = column('Started on');
  const scoreColumn = column('Score');
  const learners = new LearnerNumbers();
  const withAttempt = new Set<number>();
  const interner = new Interner();
  const attempts: AttemptRecord[] = [];
  const rightAnswers = new RightAnswers();
  let rows = 0;
  let questionsSeen = 0;
  return {
    row(cells) {
      if (cells.length === 1 && cells[0] === '') return;
      rows += 1;
      const learner = learners.numberOf(
        identityColumns.map((index) => cells[index] ?? '').join('\u0000'),
      );
      const attempt = numberOrNull(cells[attemptColumn]);
      if (attempt === null) return;
      withAttempt.add(learner);
      const answers: AnswerRecord[] = [];
      for (const group of groups) {
        const question = (cells[group.question] ?? '').trim();
        if (!question) continue;
        questionsSeen += 1;
        const interactionId = interner.get(question);
        if (group.right >= 0) rightAnswers.add(interactionId, cells[group.right] ?? '');
        answers.push({ interactionId, response: (cells[group.response] ?? '').trim(), at: null });
      }
      attempts.push({
        learner,
        attempt,
        day: moodleDay(cells[startedColumn] ?? ''),
        score: numberOrNull(cells[scoreColumn]),
        answers,
      });
    },
    finish() {
      learners.forget();
      if (attempts.length > 0 && questionsSeen === 0) {
        throw refusal(name, `blankAnswers${plural(attempts.length)}`, {
          count: attempts.length,
        });
      }
      const file: ExportFile = {
        kind: 'export',
        name,
        format,
        attempts,
        learners: learners.count,
        notStarted: learners.count - withAttempt.size,
        rows,
        rightAnswers: rightAnswers.byInteraction,
      };
      return file;
    },
  };
}

function trackDetailsSink(name: string): RowSink {
  const interactions = new Map<
    number,
    { id?: string; response?: string; right?: string; at?: number | null }
  >();
  let score: number | null = null;
  let rows = 0;
  return {
    row(cells) {
      rows += 1;
      const element = (cells[0] ?? '').trim();
      const value = cells[1] ?? '';
      const match =
        /^cmi\.interactions[._](\d+)\.(id|learner_response|student_response|timestamp|time|correct_responses[._]0\.pattern)$/.exec(
          element,
        );
      if (match) {
        const index = Number(match[1]);
        const record = interactions.get(index) ?? {};
        if (match[2] === 'id') record.id = value.trim();
        else if (match[2] === 'learner_response' || match[2] === 'student_response')
          record.response = value.trim();
        else if (match[2] === 'timestamp') record.at = parseTime(value);
        else if (match[2] !== 'time') record.right = value.trim();
        interactions.set(index, record);
      } else if (element === 'cmi.score.raw' || element === 'cmi.core.score.raw') {
        score = numberOrNull(value);
      }
    },
    finish() {
      const answers = [...interactions.entries()]
        .sort(([a], [b]) => a - b)
        .flatMap(([, record]) =>
          record.id
            ? [{ interactionId: record.id, response: record.response ?? '', at: record.at ?? null }]
            : [],
        );
      if (answers.length === 0) {
        throw refusal(name, 'trackDetailsEmpty');
      }
      const first = answers.find((answer) => answer.at !== null)?.at ?? null;
      const rightAnswers = new RightAnswers();
      for (const record of interactions.values())
        if (record.id && record.right) rightAnswers.add(record.id, record.right);
      return {
        kind: 'export',
        name,
        format: 'moodle-track-details',
        attempts: [
          { learner: 0, attempt: 1, day: first === null ? null : dayOf(first), score, answers },
        ],
        learners: 1,
        notStarted: 0,
        rows,
        rightAnswers: rightAnswers.byInteraction,
      };
    },
  };
}

/**
 * The generic CSV's columns, by heading (any case, spaces or underscores): docs/insights.md
 * lists them for LMS administrators.
 */
export const genericColumns = {
  learner: ['learner', 'learner id', 'user', 'user id', 'username', 'student id'],
  interaction: ['interaction id', 'interaction', 'question', 'question id'],
  response: ['response', 'learner response', 'student response'],
  result: ['result'],
  time: ['time', 'timestamp', 'date'],
  attempt: ['attempt'],
  score: ['score'],
} as const;

const normaliseHeading = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

function genericSink(name: string, headers: string[]): RowSink {
  const normalised = headers.map(normaliseHeading);
  const find = (names: readonly string[]) =>
    normalised.findIndex((heading) => names.includes(heading));
  const learnerColumn = find(genericColumns.learner);
  const interactionColumn = find(genericColumns.interaction);
  const responseColumn = find(genericColumns.response);
  const timeColumn = find(genericColumns.time);
  const attemptColumn = find(genericColumns.attempt);
  const scoreColumn = find(genericColumns.score);
  const learners = new LearnerNumbers();
  const interner = new Interner();
  const attempts = new Map<number, AttemptRecord>();
  let rows = 0;
  return {
    row(cells) {
      if (cells.length === 1 && cells[0] === '') return;
      rows += 1;
      const interactionId = (cells[interactionColumn] ?? '').trim();
      if (!interactionId) return;
      const learner = learners.numberOf(cells[learnerColumn] ?? '');
      const attemptNumber = attemptColumn < 0 ? 1 : (numberOrNull(cells[attemptColumn]) ?? 1);
      // A number, not a string: a large export has hundreds of thousands of rows.
      const attemptKey = learner * 1024 + Math.min(Math.max(Math.trunc(attemptNumber), 0), 1023);
      let attempt = attempts.get(attemptKey);
      const at = timeColumn < 0 ? null : parseTime(cells[timeColumn] ?? '');
      if (!attempt) {
        attempt = {
          learner,
          attempt: attemptNumber,
          day: at === null ? null : dayOf(at),
          score: null,
          answers: [],
        };
        attempts.set(attemptKey, attempt);
      }
      if (scoreColumn >= 0) attempt.score = numberOrNull(cells[scoreColumn]) ?? attempt.score;
      attempt.answers.push({
        interactionId: interner.get(interactionId),
        response: (cells[responseColumn] ?? '').trim(),
        at,
      });
    },
    finish() {
      learners.forget();
      // Rows may come in any order: a learner's answers in the order they were given, where the file says when.
      const list = [...attempts.values()];
      for (const attempt of list) {
        const { answers } = attempt;
        const inOrder = answers.every(
          (answer, index) =>
            answer.at !== null && (index === 0 || answer.at >= answers[index - 1]!.at!),
        );
        if (!inOrder && answers.every((answer) => answer.at !== null))
          answers.sort((a, b) => a.at! - b.at!);
        const first = attempt.answers[0]?.at ?? null;
        attempt.day = first === null ? null : dayOf(first);
      }
      return {
        kind: 'export',
        name,
        format: 'generic-csv',
        attempts: list,
        learners: learners.count,
        notStarted: 0,
        rows,
        rightAnswers: new Map(),
      };
    },
  };
}

/**
 * The interaction key, read as the authority for what each response meant when the learners
 * played: any version of this module is accepted (the report says which); a key of another
 * module or organisation, or a damaged one, is refused.
 */
function keySink(name: string, headers: string[], course: InsightsCourse): RowSink {
  const column = (heading: string) => headers.indexOf(heading);
  const missing = interactionKeyColumns.filter((heading) => column(heading) < 0);
  if (missing.length) {
    throw refusal(name, `keyColumns${plural(missing.length)}`, {
      columns: missing.map(quote).join(', '),
    });
  }
  const versionColumn = column('version');
  const decisions: InteractionKey['decisions'] = new Map();
  const damaged: MessageData[] = [];
  const namespaces = new Set<string>();
  const versions = new Set<string>();
  let rows = 0;
  return {
    row(cells) {
      if (cells.length === 1 && cells[0] === '') return;
      rows += 1;
      const cell = (heading: string) => (cells[column(heading)] ?? '').trim();
      const id = cell('interaction id');
      const match = /^urn:([^:]+):([^:]+):([^:]+)$/.exec(id);
      if (!match) {
        damaged.push({ key: 'insights.refused.damaged.id', params: { row: rows + 1, id } });
        return;
      }
      const [, namespace, scenarioId, decisionId] = match as unknown as [
        string,
        string,
        string,
        string,
      ];
      namespaces.add(namespace);
      if (versionColumn >= 0 && (cells[versionColumn] ?? '').trim())
        versions.add((cells[versionColumn] ?? '').trim());
      const letter = cell('response');
      const choiceId = cell('choice id');
      const points = Number(cell('points'));
      const bestPoints = Number(cell('best points'));
      if (
        !/^[a-z]$/.test(letter) ||
        !choiceId ||
        cell('points') === '' ||
        !Number.isFinite(points) ||
        cell('best points') === '' ||
        !Number.isFinite(bestPoints)
      ) {
        damaged.push({
          key: 'insights.refused.damaged.cells',
          params: {
            row: rows + 1,
            scenario: scenarioId,
            decision: decisionId,
            response: letter,
            choiceId,
            points: cell('points'),
            bestPoints: cell('best points'),
          },
        });
        return;
      }
      const entry = decisions.get(id) ?? {
        scenarioId,
        scenarioTitle: cell('scenario') || scenarioId,
        decisionId,
        question: cell('question'),
        bestPoints,
        letters: new Map(),
      };
      if (entry.letters.has(letter))
        damaged.push({
          key: 'insights.refused.damaged.repeated',
          params: { row: rows + 1, scenario: scenarioId, decision: decisionId, response: letter },
        });
      entry.letters.set(letter, { choiceId, points, text: cell('choice') });
      decisions.set(id, entry);
    },
    finish() {
      const foreign = [...namespaces].filter(
        (namespace) => namespace !== moduleNamespace(course.moduleId),
      );
      if (foreign.length) {
        throw refusal(name, 'keyForeign', {
          namespace: foreign[0]!,
          moduleId: course.moduleId,
          title: course.title,
        });
      }
      if (rows === 0) throw refusal(name, 'keyEmpty');
      if (damaged.length) {
        throw refusal(
          name,
          `keyDamaged${plural(damaged.length)}`,
          { count: damaged.length, rows },
          { example: damaged[0]! },
        );
      }
      if (versions.size > 1) {
        throw refusal(name, 'keyVersions', {
          count: versions.size,
          versions: [...versions].join(', '),
        });
      }
      return { kind: 'key', name, version: [...versions][0] ?? null, decisions, rows };
    },
  };
}

/** Decides from the headings what a delimited file is, and returns the sink for its rows. */
export function sinkFor(
  name: string,
  headers: string[],
  course: InsightsCourse,
  xlsx: boolean,
): RowSink {
  const trimmed = headers.map((heading) => heading.trim());
  if (trimmed[0] === 'interaction id' && trimmed.includes('choice id'))
    return keySink(name, trimmed, course);
  if (trimmed.includes('Name') && trimmed.includes('Attempt') && trimmed.includes('Started on')) {
    return interactionsReportSink(
      name,
      trimmed,
      xlsx ? 'moodle-interactions-xlsx' : 'moodle-interactions-text',
    );
  }
  if (trimmed[0] === 'Element' && trimmed[1] === 'Value') return trackDetailsSink(name);
  const normalised = trimmed.map(normaliseHeading);
  const has = (names: readonly string[]) => normalised.some((heading) => names.includes(heading));
  if (
    has(genericColumns.interaction) &&
    (has(genericColumns.learner) || has(genericColumns.response))
  ) {
    const missing = (['learner', 'interaction', 'response'] as const)
      .filter((field) => !has(genericColumns[field]))
      .map((field) => quote(genericColumns[field][0]));
    if (missing.length) {
      // With an interaction column and a learner or response column, at most one is missing.
      throw refusal(name, 'genericColumn', { column: missing[0]! });
    }
    return genericSink(name, trimmed);
  }
  throw refusal(name, `unknown${xlsx ? 'Workbook' : 'Table'}${plural(trimmed.length)}`, {
    count: trimmed.length,
  });
}

/** A facilitator session record, checked field by field: a JSON file of any other shape is refused. */
export function readSessionRecord(
  name: string,
  text: string,
  course: InsightsCourse,
): SessionRecordFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refusal(name, 'notJson');
  }
  const record = value as Record<string, unknown> | null;
  if (
    !record ||
    typeof record !== 'object' ||
    record.format !== 'across-the-interface/facilitator-session-record'
  ) {
    throw refusal(name, 'notSessionRecord');
  }
  if (record.version !== 1) {
    throw refusal(name, 'sessionFormat', {
      version: String(JSON.stringify(record.version)),
    });
  }
  const module = record.module as { title?: unknown; version?: unknown } | undefined;
  const scenarios = Array.isArray(record.scenarios) ? record.scenarios : null;
  const day =
    typeof record.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record.date) ? record.date : null;
  if (!scenarios || !day) throw refusal(name, 'sessionDamaged');
  const known = new Set(course.scenarios.map((scenario) => scenario.id));
  const read = scenarios.flatMap((scenario: Record<string, unknown>) => {
    if (
      typeof scenario?.id !== 'string' ||
      !known.has(scenario.id) ||
      !Array.isArray(scenario.decisions)
    )
      return [];
    return [
      {
        id: scenario.id,
        title: String(scenario.title ?? scenario.id),
        decisions: (scenario.decisions as Record<string, unknown>[]).flatMap((decision) =>
          typeof decision?.prompt === 'string' && Array.isArray(decision.options)
            ? [
                {
                  number: Number(decision.number),
                  prompt: decision.prompt,
                  totalVotes: Number(decision.totalVotes) || 0,
                  options: (decision.options as Record<string, unknown>[]).map((option) => ({
                    text: String(option?.text ?? ''),
                    votes: Number(option?.votes) || 0,
                    followed: option?.followed === true,
                  })),
                },
              ]
            : [],
        ),
      },
    ];
  });
  if (scenarios.length > 0 && read.length === 0) {
    throw refusal(name, `sessionOtherModule${plural(scenarios.length)}`, {
      count: scenarios.length,
      title: course.title,
      version: course.version,
    });
  }
  return {
    kind: 'session-record',
    name,
    day,
    moduleVersion: typeof module?.version === 'string' ? module.version : null,
    scenarios: read,
  };
}

/** The start of a file that is no kind of text: NUL bytes, or a zip that is not a workbook. */
export const notText = (name: string) => refusal(name, 'notText');

export const emptyFile = (name: string) => refusal(name, 'empty');
