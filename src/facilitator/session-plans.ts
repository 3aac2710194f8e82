import type { Scenario } from '../schemas/scenario';
import { recommendedPath } from '../dialogue/scenario-graph';

/**
 * Suggested plans for a 45- and a 90-minute teaching session, timed from the scenarios chosen:
 * their playing time and how many decisions the room will stop at. Pure, so the printed guides
 * can be checked to add up.
 */
export interface PlanScenario {
  id: string;
  title: string;
  /** Typical playing time, from the scenario. */
  minutes: number;
  /** Decisions on the recommended path: about how many the room will stop at. */
  decisions: number;
}

export interface PlanRow {
  /** Minutes from the start of the session. */
  from: number;
  to: number;
  activity: string;
  details: string[];
}

export type SessionLength = 45 | 90;

export function planScenario(scenario: Scenario): PlanScenario {
  return {
    id: scenario.id,
    title: scenario.title,
    minutes: scenario.minutes,
    decisions: recommendedPath(scenario).choices.length,
  };
}

/**
 * Two scenarios that suit a first session: the first given, and the first from the other side of
 * the interface (the brief wants the room to see both sides), else simply the next one.
 */
export function suggestedPair<T extends Pick<Scenario, 'id' | 'learnerSide'>>(
  scenarios: readonly T[],
  first: T = scenarios[0]!,
): [T, T] {
  const other =
    scenarios.find(
      (candidate) => candidate.id !== first.id && candidate.learnerSide !== first.learnerSide,
    ) ??
    scenarios.find((candidate) => candidate.id !== first.id) ??
    first;
  return [first, other];
}

const settings: Record<
  SessionLength,
  {
    welcome: number;
    discussPerDecision: number;
    debrief: number;
    branch: number;
    local: number;
    minClose: number;
  }
> = {
  45: { welcome: 5, discussPerDecision: 2, debrief: 4, branch: 0, local: 0, minClose: 4 },
  90: { welcome: 10, discussPerDecision: 4, debrief: 8, branch: 5, local: 15, minClose: 5 },
};

/** A plan whose rows run back to back from 0 to the session's length. */
export function sessionPlan(length: SessionLength, scenarios: readonly PlanScenario[]): PlanRow[] {
  const setting = { ...settings[length] };
  const scenarioTime = () =>
    scenarios.reduce(
      (sum, scenario) =>
        sum +
        scenario.minutes +
        scenario.decisions * setting.discussPerDecision +
        setting.debrief +
        setting.branch,
      0,
    );
  const used = () => setting.welcome + scenarioTime() + setting.local;
  // Squeeze the flexible parts, in this order, until the plan fits with time to close...
  const squeeze = (): boolean => {
    if (setting.local > 5) setting.local -= 5;
    else if (setting.branch > 0) setting.branch -= 1;
    else if (setting.discussPerDecision > 1) setting.discussPerDecision -= 1;
    else if (setting.debrief > 2) setting.debrief -= 1;
    else return false;
    return true;
  };
  while (used() + setting.minClose > length && squeeze()) {
    // squeeze again
  }
  // ...and give spare time to the debriefs, where the discussion is richest.
  while (length - used() - scenarios.length >= setting.minClose + 2 && setting.debrief < 10)
    setting.debrief += 1;

  const rows: PlanRow[] = [];
  let clock = 0;
  const add = (minutes: number, activity: string, details: string[]) => {
    if (minutes <= 0) return;
    rows.push({ from: clock, to: clock + minutes, activity, details });
    clock += minutes;
  };

  add(setting.welcome, 'Welcome and ground rules', [
    'Why the interface matters: work started in hospital lands in general practice, and what falls between the two lands on the patient.',
    'Ground rules: this is a conversation between colleagues, not a test. Talk about systems and pressures, not named people.',
    ...(length === 90
      ? ['Ask the room who has worked on both sides. Their stories are the best material you have.']
      : []),
  ]);
  scenarios.forEach((scenario, index) => {
    const play = scenario.minutes + scenario.decisions * setting.discussPerDecision;
    add(play, `Scenario ${index + 1}: ${scenario.title}`, [
      `Play the vlog, and stop at each of about ${scenario.decisions} decisions for ${setting.discussPerDecision} ${setting.discussPerDecision === 1 ? 'minute' : 'minutes'} of discussion and a show of hands.`,
      'Record the votes, follow the option the room chooses (it need not be the most popular), then show what happened and why.',
    ]);
    add(setting.debrief, `Debrief: ${scenario.title}`, [
      "Show the map: the room's path against the recommended path, with the votes at each decision.",
      'Use one or two of the questions for the room from the guide.',
    ]);
    add(setting.branch, 'Try another branch', [
      'Press Page Up to undo the room’s last choice, then follow the option the room turned down, to see where it leads.',
    ]);
  });
  add(setting.local, 'Your local arrangements', [
    "Find your organisation's published access policy, its route for questions from practices and its interface lead.",
    'Agree one change the room could make, on either side, and who will take it forward.',
  ]);
  add(length - clock, 'Close', [
    'Each person names one thing they will do differently on their next shift.',
    'Download the session record for your teaching log.',
  ]);
  return rows;
}
