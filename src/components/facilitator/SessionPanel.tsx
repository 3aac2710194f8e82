import { useEffect, useMemo, useState } from 'react';
import { hasContent, type FacilitatorSession } from '../../facilitator/room-session';
import { buildSessionRecord, recordFileName, sessionRecordText } from '../../facilitator/session-record';
import { createSessionStore } from '../../facilitator/session-store';
import { outcomeLabel } from '../case/describe';
import { downloadText } from './download';

interface Props {
  module: { title: string; version?: string };
}

const timeFormat: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' };

function download(session: FacilitatorSession, module: Props['module'], format: 'txt' | 'json') {
  const record = buildSessionRecord(session, module, new Date());
  if (format === 'txt') downloadText(recordFileName(record, 'txt'), sessionRecordText(record), 'text/plain;charset=utf-8');
  else downloadText(recordFileName(record, 'json'), `${JSON.stringify(record, null, 2)}\n`, 'application/json');
}

function SessionSummary({ session, module, label }: { session: FacilitatorSession; module: Props['module']; label: string }) {
  const runs = session.runs.filter(hasContent);
  return (
    <>
      <p>
        {label} started {new Date(session.startedAt).toLocaleString('en-GB', timeFormat)}.{' '}
        {runs.length === 0 ? 'No scenario has been run in it yet.' : `Scenarios run: ${runs.length}.`}
      </p>
      {runs.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {runs.map((run) => (
            <li key={run.id}>
              {run.title}: {run.ending ? `finished, ${outcomeLabel[run.ending.outcome].toLowerCase()}` : `in progress, ${run.choices.length} ${run.choices.length === 1 ? 'decision' : 'decisions'} made`}
            </li>
          ))}
        </ul>
      )}
      {runs.length > 0 && (
        <div className="app-presenter__button-row">
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => download(session, module, 'txt')}>
            Download the session record (text)<span className="nhsuk-u-visually-hidden"> from {label.toLowerCase()}</span>
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => download(session, module, 'json')}>
            Download it as data (JSON)<span className="nhsuk-u-visually-hidden"> from {label.toLowerCase()}</span>
          </button>
        </div>
      )}
    </>
  );
}

/**
 * The facilitator start page's view of the session kept in this browser: what has been run,
 * the session record to download, and a fresh start for the next group.
 */
export default function SessionPanel({ module }: Props) {
  const store = useMemo(() => createSessionStore(), []);
  const [session, setSession] = useState<FacilitatorSession | null>(null);
  const [previous, setPrevious] = useState<FacilitatorSession | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    setSession(store.load());
    setPrevious(store.loadPrevious());
  }, [store]);

  const startNew = () => {
    const fresh = store.startNew(new Date());
    setSession(fresh);
    setPrevious(store.loadPrevious());
    setMessage('A new session has started. The previous session’s record can still be downloaded below.');
  };

  return (
    <div className="app-session-panel" data-testid="session-panel">
      {session ? (
        <SessionSummary session={session} module={module} label="This session" />
      ) : (
        <p>No session yet. One starts when you present a scenario.</p>
      )}
      {session && session.runs.some(hasContent) && (
        <button type="button" className="nhsuk-button app-session-panel__new" onClick={startNew}>
          Start a new session for another group
        </button>
      )}
      <p className="app-session-panel__message" role="status">
        {message}
      </p>
      {previous && previous.runs.some(hasContent) && (
        <div className="app-session-panel__previous">
          <h3>The previous session</h3>
          <SessionSummary session={previous} module={module} label="The previous session" />
        </div>
      )}
    </div>
  );
}
