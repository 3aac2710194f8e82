import type { ChoiceRating, InsightsChoice, InsightsCourse, InsightsDecision } from './course';
import type { ExportFile, ExportFormat, InteractionKey, SessionRecordFile } from './files';
import type { MessageData } from '../i18n/messages';
import { changedSince, courseForKey, type AnswersVersion } from './key-course';
import { moduleNamespace } from '../tracking/interactions';
import {
  hidden,
  hiddenWithOthers,
  shareOf,
  suppressOne,
  suppressParts,
  smallestShownCount,
  type Count,
} from './suppression';

/** Which rows count: a date range (inclusive, YYYY-MM-DD) and which files, by name. */
export interface ReportFilter {
  from: string | null;
  to: string | null;
  /** File names to include; null for every file. */
  files: readonly string[] | null;
}

export const noFilter: ReportFilter = { from: null, to: null, files: null };

export interface ChoiceFigures {
  choiceId: string;
  letter: string;
  text: string;
  rating: ChoiceRating;
  points: number;
  learners: Count;
  share: number | null;
  /** Votes for it in the loaded facilitator sessions, or null if no session reached the decision. */
  roomVotes: number | null;
}

export interface WrongTurn {
  scenarioId: string;
  scenarioTitle: string;
  /** The scenario's teaching notes on this page, only where the choice means what it does here. */
  teachingHref: string | null;
  decisionId: string;
  prompt: string;
  choice: InsightsChoice;
  learners: number;
  answered: number;
  share: number;
  twoMinuteFix: string | null;
  /** Set where the choice or decision has changed since the key's version, in place of this page's words. */
  changedNote: MessageData | null;
}

export interface DecisionFigures {
  scenarioId: string;
  scenarioTitle: string;
  decisionId: string;
  prompt: string;
  answered: Count;
  choices: ChoiceFigures[];
  /** Learners who did not take the decision's best choice. */
  missed: Count;
  missShare: number | null;
  commonWrongTurn: WrongTurn | null;
  /** Why no common wrong turn is named, when none is. */
  wrongTurnNote: MessageData | null;
  /** Set where the decision has changed since the key's version: this page's content is not used for it. */
  changedNote: MessageData | null;
  room: { sessions: number; votes: number } | null;
}

export interface ScenarioFigures {
  id: string;
  title: string;
  required: boolean;
  teachingHref: string | null;
  /** Learners who made at least one decision in it. */
  started: Count;
  /** Learners whose last decision in it leads straight to an ending. */
  reachedEnding: Count;
  /** Median seconds from a learner's first to last decision in it, where the files say when. */
  medianSeconds: number | null;
  /** Where the time comes from, or why there is none (insights.notes.time.*). */
  timeNote: MessageData;
  decisions: DecisionFigures[];
  /** Decision id → the choice most learners took, where that figure is shown: the cohort's path. */
  cohortChoices: Record<string, string>;
}

export interface SourceFigures {
  name: string;
  format: ExportFormat;
  learners: number;
  attempts: number;
  answers: number;
  /** Later answers at a decision already answered in the same attempt (versions before "the first answer counts"). */
  laterAnswersIgnored: number;
  /** Answers whose interaction id or letter is not in the key. */
  unknownAnswers: number;
  firstDay: string | null;
  lastDay: string | null;
  /** Set when nothing in the file could be used, saying why (insights.problems.*). */
  problem: MessageData | null;
}

export interface Report {
  learners: Count;
  notStarted: number;
  /** Learners with a score, those whose best score reaches the pass mark, and the same as a share. */
  scored: Count;
  passed: Count;
  passRate: number | null;
  completed: Count;
  completionRate: number | null;
  scenarios: ScenarioFigures[];
  /** Decisions with a shown number of answers, most often missed first. */
  ranking: DecisionFigures[];
  sources: SourceFigures[];
  sessions: { name: string; day: string; decisions: number; unmatched: number }[];
  /** Every day the loaded files cover, for the filter's bounds. */
  days: { first: string | null; last: string | null };
  /** Which version the answers come from (the key's), and what has changed since on this page. */
  version: AnswersVersion;
}

const inRange = (day: string | null, filter: ReportFilter) => {
  if (!filter.from && !filter.to) return true;
  if (!day) return false;
  return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
};

const includesFile = (name: string, filter: ReportFilter) =>
  !filter.files || filter.files.includes(name);

/**
 * A learner, within one file: the first answer at each decision (by the decision's place in the
 * course, -1 where none), with when and in which attempt, and their best score. Typed arrays,
 * because a national export holds tens of thousands of learners.
 */
interface LearnerRecord {
  choice: Int8Array;
  /** The answer's place within its attempt, to find a learner's last decision in a scenario. */
  order: Int32Array;
  attempt: Int32Array;
  /** Milliseconds since 1970, or NaN where the file gives no time. */
  at: Float64Array;
  bestScore: number | null;
}

function namespaceOf(interactionId: string): string | null {
  return /^urn:([^:]+):/.exec(interactionId)?.[1] ?? null;
}

/**
 * Why an export does not fit the loaded key, or null if it does: an answer whose decision or
 * response letter the key does not have, or a "right answer" the key does not call best (the
 * export was reported by a package of another version, whose best choice was another letter).
 */
function misfit(
  file: ExportFile,
  course: InsightsCourse,
  key: InteractionKey,
  version: AnswersVersion,
): MessageData | null {
  const decisions = new Map(
    course.scenarios.flatMap((scenario) =>
      scenario.decisions.map((decision) => [decision.interactionId, decision] as const),
    ),
  );
  const doesNotFit = (which: string, params: Record<string, string>): MessageData => ({
    key: `insights.problems.${which}`,
    params: { file: file.name, keyFile: key.name, ...params },
    keyParams: {
      keyVersion:
        version.key === null
          ? 'insights.problems.keyVersionUnnamed'
          : { key: 'insights.problems.keyVersion', params: { version: version.key } },
      expected: 'insights.problems.loadMatching',
    },
  });
  const quoted = (letters: readonly string[], separator: string) =>
    letters.map((letter) => `"${letter}"`).join(separator);
  for (const attempt of file.attempts) {
    for (const answer of attempt.answers) {
      const decision = decisions.get(answer.interactionId);
      if (!decision) return doesNotFit('unknownDecision', { interactionId: answer.interactionId });
      if (!decision.choices.some((choice) => choice.letter === answer.response)) {
        return doesNotFit('unknownResponse', {
          interactionId: answer.interactionId,
          response: answer.response,
          letters: quoted(
            decision.choices.map((choice) => choice.letter),
            ', ',
          ),
        });
      }
    }
  }
  for (const [interactionId, letters] of file.rightAnswers) {
    const decision = decisions.get(interactionId);
    if (!decision) continue;
    const best = decision.choices
      .filter((choice) => choice.rating === 'best')
      .map((choice) => choice.letter);
    const wrong = [...letters].find((letter) => !best.includes(letter));
    if (wrong !== undefined) {
      // Letters, not words, between several best choices: the same in every language.
      return doesNotFit('otherBest', { interactionId, wrong, best: quoted(best, ' / ') });
    }
  }
  return null;
}

/**
 * The report: what each learner chose, counted against the loaded key (which says what each
 * response meant in the version they played), explained with this page's content only where
 * that content means the same thing (src/insights/key-course.ts).
 */
export function buildReport(
  pageCourse: InsightsCourse,
  key: InteractionKey,
  exports: readonly ExportFile[],
  sessions: readonly SessionRecordFile[],
  filter: ReportFilter = noFilter,
): Report {
  const { course, version } = courseForKey(pageCourse, key);
  // Every decision by its place in the course; each response letter of the key as a choice's place in its decision.
  const allDecisions = course.scenarios.flatMap((scenario) => scenario.decisions);
  const decisionIndex = new Map(
    allDecisions.map((decision, index) => [decision.interactionId, index]),
  );
  const letterChoice = new Map(
    allDecisions.map((decision) => [
      decision.interactionId,
      new Map(decision.choices.map((choice, index) => [choice.letter, index])),
    ]),
  );
  const decisionCount = allDecisions.length;
  /** One block of memory per file for all its learners: far faster than four small arrays each. */
  const learnerBlock = (count: number) => {
    const block = {
      choice: new Int8Array(count * decisionCount).fill(-1),
      order: new Int32Array(count * decisionCount),
      attempt: new Int32Array(count * decisionCount),
      at: new Float64Array(count * decisionCount).fill(Number.NaN),
    };
    return (number: number): LearnerRecord => {
      const start = number * decisionCount;
      const end = start + decisionCount;
      return {
        choice: block.choice.subarray(start, end),
        order: block.order.subarray(start, end),
        attempt: block.attempt.subarray(start, end),
        at: block.at.subarray(start, end),
        bestScore: null,
      };
    };
  };
  const learners: LearnerRecord[] = [];
  const sources: SourceFigures[] = [];
  let notStarted = 0;
  let firstDay: string | null = null;
  let lastDay: string | null = null;
  const widen = (day: string | null) => {
    if (!day) return;
    if (!firstDay || day < firstDay) firstDay = day;
    if (!lastDay || day > lastDay) lastDay = day;
  };

  for (const file of exports) {
    const figures: SourceFigures = {
      name: file.name,
      format: file.format,
      learners: file.learners,
      attempts: file.attempts.length,
      answers: 0,
      laterAnswersIgnored: 0,
      unknownAnswers: 0,
      firstDay: null,
      lastDay: null,
      problem: null,
    };
    sources.push(figures);
    const namespaces = new Set<string | null>();
    for (const attempt of file.attempts)
      for (const answer of attempt.answers) namespaces.add(namespaceOf(answer.interactionId));
    const foreignNamespace = [...namespaces].find(
      (namespace) => namespace !== moduleNamespace(course.moduleId),
    );
    if (foreignNamespace !== undefined && namespaces.size === 1) {
      figures.problem = {
        key: 'insights.problems.foreignModule',
        params: {
          file: file.name,
          namespace: foreignNamespace ?? '',
          expected: moduleNamespace(course.moduleId),
          title: course.title,
        },
      };
      continue;
    }
    figures.problem = misfit(file, course, key, version);
    if (figures.problem) continue;
    for (const attempt of file.attempts) {
      widen(attempt.day);
      if (attempt.day && (!figures.firstDay || attempt.day < figures.firstDay))
        figures.firstDay = attempt.day;
      if (attempt.day && (!figures.lastDay || attempt.day > figures.lastDay))
        figures.lastDay = attempt.day;
    }
    const fileLearners = new Map<number, LearnerRecord>();
    // Learners are numbered 0 to file.learners - 1 as the file was read.
    const newLearner = learnerBlock(file.learners);
    const included = includesFile(file.name, filter);
    // Earliest attempt first: a learner's first answer at a decision is the one that counts.
    const attempts = [...file.attempts].sort(
      (a, b) => a.learner - b.learner || a.attempt - b.attempt,
    );
    for (const attempt of attempts) {
      const use = included && inRange(attempt.day, filter);
      const seenInAttempt = new Set<number>();
      let learner = fileLearners.get(attempt.learner);
      if (use && !learner) {
        learner = newLearner(attempt.learner);
        fileLearners.set(attempt.learner, learner);
      }
      if (use && learner && attempt.score !== null)
        learner.bestScore = Math.max(learner.bestScore ?? attempt.score, attempt.score);
      const { answers } = attempt;
      for (let order = 0; order < answers.length; order += 1) {
        const answer = answers[order]!;
        const index = decisionIndex.get(answer.interactionId);
        const choice = letterChoice.get(answer.interactionId)?.get(answer.response);
        if (index === undefined || choice === undefined) {
          figures.unknownAnswers += 1;
          continue;
        }
        if (seenInAttempt.has(index)) {
          figures.laterAnswersIgnored += 1;
          continue;
        }
        seenInAttempt.add(index);
        if (!use || !learner || learner.choice[index]! >= 0) continue;
        figures.answers += 1;
        learner.choice[index] = choice;
        learner.order[index] = order;
        learner.attempt[index] = attempt.attempt;
        learner.at[index] = answer.at ?? Number.NaN;
      }
    }
    if (included) {
      const withAttemptInRange = new Set(
        file.attempts
          .filter((attempt) => inRange(attempt.day, filter))
          .map((attempt) => attempt.learner),
      );
      if (!filter.from && !filter.to) notStarted += file.notStarted;
      learners.push(
        ...[...fileLearners.entries()]
          .filter(([number]) => withAttemptInRange.has(number))
          .map(([, record]) => record),
      );
    }
  }

  // The room's votes, by decision and choice.
  const roomVotes = new Map<InsightsDecision, { sessions: number; votes: Map<string, number> }>();
  // A session record carries the words the room saw: the key's, or this page's where they mean the same (a session run on this version).
  const pageDecisions = new Map(
    pageCourse.scenarios.flatMap((scenario) =>
      scenario.decisions.map((decision) => [decision.interactionId, decision] as const),
    ),
  );
  const wordings = (decision: InsightsDecision) => {
    const page = pageDecisions.get(decision.interactionId);
    return {
      prompts: [
        decision.prompt.trim(),
        ...(page && decision.matchesPage ? [page.prompt.trim()] : []),
      ],
      choices: new Map(
        decision.choices.map((choice) => [
          choice.id,
          [
            choice.text.trim(),
            ...(choice.matchesPage
              ? page!.choices
                  .filter((candidate) => candidate.id === choice.id)
                  .map((candidate) => candidate.text.trim())
              : []),
          ],
        ]),
      ),
    };
  };
  const sessionFigures: Report['sessions'] = [];
  for (const record of sessions) {
    widen(record.day);
    if (!includesFile(record.name, filter) || !inRange(record.day, filter)) continue;
    let matched = 0;
    let unmatched = 0;
    for (const run of record.scenarios) {
      const scenario = course.scenarios.find((candidate) => candidate.id === run.id);
      for (const roomDecision of run.decisions) {
        const decision = scenario?.decisions.find((candidate) =>
          wordings(candidate).prompts.includes(roomDecision.prompt.trim()),
        );
        if (!decision) {
          unmatched += 1;
          continue;
        }
        matched += 1;
        const entry = roomVotes.get(decision) ?? { sessions: 0, votes: new Map<string, number>() };
        entry.sessions += 1;
        for (const option of roomDecision.options) {
          const choice = decision.choices.find((candidate) =>
            wordings(decision).choices.get(candidate.id)!.includes(option.text.trim()),
          );
          if (choice) entry.votes.set(choice.id, (entry.votes.get(choice.id) ?? 0) + option.votes);
        }
        roomVotes.set(decision, entry);
      }
    }
    sessionFigures.push({ name: record.name, day: record.day, decisions: matched, unmatched });
  }

  // One pass over every learner: choices counted per decision, and per scenario whether they
  // started it, reached an ending and how long they took between first and last decision.
  const choiceCounts = allDecisions.map((decision) =>
    new Array<number>(decision.choices.length).fill(0),
  );
  const scenarioStart: number[] = [];
  let offset = 0;
  for (const scenario of course.scenarios) {
    scenarioStart.push(offset);
    offset += scenario.decisions.length;
  }
  const started = course.scenarios.map(() => 0);
  const ended = course.scenarios.map(() => 0);
  const timed = course.scenarios.map(() => false);
  const durations: number[][] = course.scenarios.map(() => []);
  let completedCount = 0;
  for (const learner of learners) {
    let completedAll = true;
    course.scenarios.forEach((scenario, scenarioIndex) => {
      const first = scenarioStart[scenarioIndex]!;
      const last = first + scenario.decisions.length;
      let earliestAttempt = Number.POSITIVE_INFINITY;
      let reachedEnding = false;
      for (let index = first; index < last; index += 1) {
        const choice = learner.choice[index]!;
        if (choice < 0) continue;
        choiceCounts[index]![choice]! += 1;
        earliestAttempt = Math.min(earliestAttempt, learner.attempt[index]!);
        if (allDecisions[index]!.choices[choice]!.endsScenario) reachedEnding = true;
      }
      if (earliestAttempt === Number.POSITIVE_INFINITY) {
        if (scenario.required) completedAll = false;
        return;
      }
      if (scenario.required && !reachedEnding) completedAll = false;
      started[scenarioIndex]! += 1;
      // The attempt in which the learner first met the scenario; its last decision says where they got to.
      let lastIndex = -1;
      let allTimed = true;
      let earliest = Number.POSITIVE_INFINITY;
      let latest = Number.NEGATIVE_INFINITY;
      let answered = 0;
      for (let index = first; index < last; index += 1) {
        if (learner.choice[index]! < 0 || learner.attempt[index] !== earliestAttempt) continue;
        answered += 1;
        if (lastIndex < 0 || learner.order[index]! > learner.order[lastIndex]!) lastIndex = index;
        const at = learner.at[index]!;
        if (Number.isNaN(at)) allTimed = false;
        else {
          earliest = Math.min(earliest, at);
          latest = Math.max(latest, at);
        }
      }
      if (allDecisions[lastIndex]!.choices[learner.choice[lastIndex]!]!.endsScenario)
        ended[scenarioIndex]! += 1;
      if (allTimed) {
        timed[scenarioIndex] = true;
        if (answered >= 2) durations[scenarioIndex]!.push((latest - earliest) / 1000);
      }
    });
    if (completedAll) completedCount += 1;
  }

  const scenarios = course.scenarios.map((scenario, scenarioIndex): ScenarioFigures => {
    const decisions = scenario.decisions.map(
      (decision, decisionIndexInScenario): DecisionFigures => {
        const raw = choiceCounts[scenarioStart[scenarioIndex]! + decisionIndexInScenario]!;
        const answeredCount = raw.reduce((sum, count) => sum + count, 0);
        const answered = suppressOne(answeredCount);
        const parts = answered.hidden ? raw.map(() => suppressOne(1)) : suppressParts(raw);
        const room = roomVotes.get(decision);
        const choices = decision.choices.map((choice, index): ChoiceFigures => ({
          choiceId: choice.id,
          letter: choice.letter,
          text: choice.text,
          rating: choice.rating,
          points: choice.points,
          learners: parts[index]!,
          share: shareOf(parts[index]!, answered),
          roomVotes: room ? (room.votes.get(choice.id) ?? 0) : null,
        }));
        const missedRaw = raw.reduce(
          (sum, count, index) => sum + (decision.choices[index]!.rating === 'best' ? 0 : count),
          0,
        );
        // The best choice's cell and "missed" add up to the shown total: if the first is hidden, so is the second.
        const bestHidden = decision.choices.some(
          (choice, index) => choice.rating === 'best' && parts[index]!.hidden,
        );
        const missed = answered.hidden
          ? suppressOne(1)
          : bestHidden && missedRaw > 0
            ? hidden(hiddenWithOthers)
            : suppressOne(missedRaw);
        const wrong = decision.choices
          .map((choice, index) => ({ choice, count: raw[index]!, figure: parts[index]! }))
          .filter(({ choice, count }) => choice.rating !== 'best' && count > 0)
          .sort((a, b) => b.count - a.count);
        const top = wrong[0];
        const tied = top && wrong[1] && wrong[1].count === top.count;
        let commonWrongTurn: WrongTurn | null = null;
        let wrongTurnNote: MessageData | null = null;
        const fewest = { count: smallestShownCount };
        if (answered.hidden)
          wrongTurnNote = { key: 'insights.notes.wrongTurn.fewAnswered', params: fewest };
        else if (!top) wrongTurnNote = { key: 'insights.notes.wrongTurn.allBest' };
        else if (top.figure.hidden)
          wrongTurnNote = { key: 'insights.notes.wrongTurn.noneShown', params: fewest };
        else if (tied) wrongTurnNote = { key: 'insights.notes.wrongTurn.tied' };
        else {
          commonWrongTurn = {
            scenarioId: scenario.id,
            scenarioTitle: scenario.title,
            teachingHref: top.choice.matchesPage ? scenario.teachingHref : null,
            decisionId: decision.id,
            prompt: decision.prompt,
            choice: top.choice,
            learners: top.count,
            answered: answeredCount,
            share: top.count / answeredCount,
            twoMinuteFix: decision.twoMinuteFix,
            changedNote:
              top.choice.matchesPage && decision.matchesPage ? null : changedSince(version),
          };
        }
        return {
          scenarioId: scenario.id,
          scenarioTitle: scenario.title,
          decisionId: decision.id,
          prompt: decision.prompt,
          answered,
          choices,
          missed,
          missShare: shareOf(missed, answered),
          commonWrongTurn,
          wrongTurnNote,
          changedNote: decision.matchesPage ? null : changedSince(version),
          room: room
            ? {
                sessions: room.sessions,
                votes: [...room.votes.values()].reduce((sum, votes) => sum + votes, 0),
              }
            : null,
        };
      },
    );

    const times = durations[scenarioIndex]!.sort((a, b) => a - b);
    const medianSeconds =
      times.length >= smallestShownCount
        ? times.length % 2
          ? times[(times.length - 1) / 2]!
          : (times[times.length / 2 - 1]! + times[times.length / 2]!) / 2
        : null;
    const timeNote: MessageData = !timed[scenarioIndex]
      ? { key: 'insights.notes.time.notInFiles' }
      : medianSeconds === null
        ? { key: 'insights.notes.time.tooFew', params: { count: smallestShownCount } }
        : { key: 'insights.notes.time.median', params: { count: times.length } };
    const cohortChoices: Record<string, string> = {};
    for (const figures of decisions) {
      const visible = figures.choices.filter(
        (choice) => !choice.learners.hidden && choice.learners.value > 0,
      );
      const best = visible.sort((a, b) => (b.learners.value ?? 0) - (a.learners.value ?? 0))[0];
      // The map is this page's scenario: only a choice that means the same here is drawn on it.
      const sameHere = scenario.decisions
        .find((decision) => decision.id === figures.decisionId)
        ?.choices.find((choice) => choice.id === best?.choiceId)?.matchesPage;
      if (best && sameHere && !figures.answered.hidden)
        cohortChoices[figures.decisionId] = best.choiceId;
    }
    return {
      id: scenario.id,
      title: scenario.title,
      required: scenario.required,
      teachingHref: scenario.teachingHref,
      started: suppressOne(started[scenarioIndex]!),
      reachedEnding: suppressOne(ended[scenarioIndex]!),
      medianSeconds,
      timeNote,
      decisions,
      cohortChoices,
    };
  });

  const scoredLearners = learners.filter((learner) => learner.bestScore !== null);
  const passedCount = scoredLearners.filter(
    (learner) => learner.bestScore! >= course.passMark,
  ).length;
  const learnerCount = suppressOne(learners.length);
  const scored = suppressOne(scoredLearners.length);
  const passed = scored.hidden ? suppressOne(1) : suppressOne(passedCount);
  const completed = learnerCount.hidden ? suppressOne(1) : suppressOne(completedCount);
  const ranking = scenarios
    .flatMap((scenario) => scenario.decisions)
    .filter((decision) => decision.missShare !== null)
    .sort(
      (a, b) => b.missShare! - a.missShare! || (b.answered.value ?? 0) - (a.answered.value ?? 0),
    );
  return {
    learners: learnerCount,
    notStarted,
    scored,
    passed,
    passRate: shareOf(passed, scored),
    completed,
    completionRate: shareOf(completed, learnerCount),
    scenarios,
    ranking,
    sources,
    sessions: sessionFigures,
    days: { first: firstDay, last: lastDay },
    version,
  };
}
