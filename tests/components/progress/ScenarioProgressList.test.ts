import { describe, expect, it } from 'vitest';
import {
  startTargetOf,
  statusOf,
  type ScenarioListItem,
} from '../../../src/components/progress/ScenarioProgressList';
import type { ScenarioRecord } from '../../../src/progress/progress-store';

const item = { start: 'opening', endings: ['good-ending', 'poor-ending'] };
const best = { ending: 'good-ending', outcome: 'recommended', score: 20, maxScore: 20 } as const;
const record = (fields: Partial<ScenarioRecord>): ScenarioRecord => ({
  choices: [],
  at: 'opening',
  updatedAt: '2026-11-21T09:00:00.000Z',
  ...fields,
});

describe('the status shown for a scenario', () => {
  it('is not started until the learner moves, and in progress after', () => {
    expect(statusOf(item, null)).toEqual({ kind: 'not-started' });
    expect(statusOf(item, record({}))).toEqual({ kind: 'not-started' });
    expect(statusOf(item, record({ choices: ['phone'], at: 'later' }))).toEqual({
      kind: 'in-progress',
    });
  });

  it('shows the kept result, and a replay part-way through as being replayed', () => {
    expect(
      statusOf(item, record({ choices: ['phone', 'rebook'], at: 'good-ending', finished: best })),
    ).toMatchObject({ kind: 'finished', score: 20, replaying: false });
    expect(
      statusOf(item, record({ choices: ['letter'], at: 'later', finished: best })),
    ).toMatchObject({ kind: 'finished', score: 20, replaying: true });
  });

  it('treats a replay that reached a worse ending as over: the best result stays, nothing to resume', () => {
    expect(
      statusOf(
        item,
        record({ choices: ['letter', 'discharge'], at: 'poor-ending', finished: best }),
      ),
    ).toMatchObject({ kind: 'finished', score: 20, replaying: false });
  });
});

describe('where Start takes the learner', () => {
  const listItem = (id: string, required = true): ScenarioListItem => ({
    ...item,
    id,
    title: id,
    summary: '',
    minutes: 5,
    href: `/scenarios/${id}/`,
    learnerSideLabel: '',
    required,
  });
  const items = [
    listItem('first'),
    listItem('optional', false),
    listItem('second'),
    listItem('third'),
  ];
  const records = (entries: Record<string, ScenarioRecord>) => new Map(Object.entries(entries));

  it('opens the first scenario for a new learner', () => {
    expect(startTargetOf(items, records({}))?.id).toBe('first');
  });

  it('opens the scenario left unfinished, the latest when there are several', () => {
    const started = {
      first: record({ choices: ['phone'], at: 'later', updatedAt: '2026-11-21T09:00:00.000Z' }),
      third: record({ at: 'later', updatedAt: '2026-11-21T10:00:00.000Z' }),
    };
    expect(startTargetOf(items, records(started))?.id).toBe('third');
  });

  it('skips finished scenarios and optional ones while a required one is still to do', () => {
    const finished = record({ choices: ['phone', 'rebook'], at: 'good-ending', finished: best });
    expect(startTargetOf(items, records({ first: finished }))?.id).toBe('second');
    expect(
      startTargetOf(items, records({ first: finished, second: finished, third: finished }))?.id,
    ).toBe('optional');
    expect(
      startTargetOf(
        items,
        records({ first: finished, second: finished, third: finished, optional: finished }),
      ),
    ).toBeUndefined();
  });
});
