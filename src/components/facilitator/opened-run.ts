import { useState } from 'react';
import type { Scenario } from '../../schemas/scenario';
import type { createDialogueMachine, DialogueSnapshot } from '../../dialogue/dialogue-machine';
import { restoreProgress } from '../../dialogue/progress';
import { addRun, hasContent, latestRun } from '../../facilitator/room-session';
import type { SessionStore } from '../../facilitator/session-store';

export type Notice = 'resumed' | 'discarded' | null;

/** Opens the session and the room's run of this scenario, replaying its path through the machine. */
export function useOpenedRun(
  scenario: Scenario,
  store: SessionStore,
  machine: ReturnType<typeof createDialogueMachine>,
) {
  return useState(() => {
    const now = new Date();
    let session = store.current(now);
    let run = latestRun(session, scenario.id);
    let notice: Notice = null;
    let snapshot: DialogueSnapshot | undefined;
    if (run) {
      const restored = restoreProgress(machine, scenario, { choices: run.choices, at: run.at });
      if (restored) {
        snapshot = restored;
        if (hasContent(run) || (run.view?.step ?? 0) > 0 || run.at !== scenario.start)
          notice = 'resumed';
      } else {
        notice = 'discarded';
        run = undefined;
      }
    }
    if (!run) ({ session, run } = addRun(session, scenario, now));
    store.save(session);
    return { session, runId: run.id, snapshot, notice };
  })[0];
}
