import type { Scenario } from '../schemas/scenario';
import { recommendedPath } from '../dialogue/scenario-graph';
import type { Translate } from '../i18n/messages';
import { countLabel } from '../vocabulary/labels';

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

/** A plan whose rows run back to back from 0 to the session's length, in the page's words (`t`, guide.planRows). */
export function sessionPlan(
  t: Translate,
  length: SessionLength,
  scenarios: readonly PlanScenario[],
): PlanRow[] {
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

  const row = (key: string, params?: Record<string, string | number>) =>
    t(`guide.planRows.${key}`, params);
  add(setting.welcome, row('welcome.activity'), [
    row('welcome.why'),
    row('welcome.groundRules'),
    ...(length === 90 ? [row('welcome.bothSides')] : []),
  ]);
  scenarios.forEach((scenario, index) => {
    const play = scenario.minutes + scenario.decisions * setting.discussPerDecision;
    add(play, row('scenario.activity', { number: index + 1, title: scenario.title }), [
      row('scenario.play', {
        decisions: scenario.decisions,
        minutes: countLabel(t, 'minute', setting.discussPerDecision),
      }),
      row('scenario.votes'),
    ]);
    add(setting.debrief, row('debrief.activity', { title: scenario.title }), [
      row('debrief.map'),
      row('debrief.questions'),
    ]);
    add(setting.branch, row('branch.activity'), [row('branch.undo')]);
  });
  add(setting.local, row('local.activity'), [row('local.find'), row('local.agree')]);
  add(length - clock, row('close.activity'), [row('close.oneThing'), row('close.record')]);
  return rows;
}
