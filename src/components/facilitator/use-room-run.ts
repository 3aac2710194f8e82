import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../schemas/scenario';
import type { DialogueMachine } from '../../dialogue/dialogue-machine';
import {
  addRun,
  updateRun,
  upsertRun,
  type FacilitatorSession,
  type ScenarioRun,
} from '../../facilitator/room-session';
import { createSessionStore } from '../../facilitator/session-store';
import { useOpenedRun, type Notice } from './opened-run';

/**
 * The room's session and this presenter's run of the scenario: opened (or resumed) on arrival,
 * saved to local storage after every change, alongside any runs another tab has added.
 */
export function useRoomRun(scenario: Scenario, machine: DialogueMachine) {
  const store = useMemo(() => createSessionStore(), []);
  const opened = useOpenedRun(scenario, store, machine);
  const [session, setSession] = useState<FacilitatorSession>(opened.session);
  const [runId, setRunId] = useState(opened.runId);
  const [notice, setNotice] = useState<Notice>(opened.notice);

  /** The session as stored, with this presenter's run in it (another tab may have added runs). */
  const storedSession = useCallback(
    (current: FacilitatorSession) => {
      const stored = store.load();
      const base = stored && stored.id === current.id ? stored : current;
      const own = current.runs.find((candidate) => candidate.id === runId);
      return own ? upsertRun(base, own) : base;
    },
    [store, runId],
  );
  useEffect(() => store.save(storedSession(session)), [store, session, storedSession]);

  const commitRun = useCallback(
    (change: (current: ScenarioRun) => ScenarioRun) =>
      setSession((current) => updateRun(current, runId, change, new Date())),
    [runId],
  );
  /** Starts a new run of the scenario in the same session; the caller restarts the dialogue. */
  const startNewRun = () => {
    const { session: next, run: fresh } = addRun(session, scenario, new Date());
    setSession(next);
    setRunId(fresh.id);
  };

  return {
    openedSnapshot: opened.snapshot,
    run: session.runs.find((candidate) => candidate.id === runId)!,
    runId,
    notice,
    setNotice,
    commitRun,
    startNewRun,
    /** The session record to download: as stored, with this run in it. */
    sessionRecord: () => storedSession(session),
  };
}
