import { useEffect, useMemo, useState } from 'react';
import { hasContent, type FacilitatorSession } from '../../facilitator/room-session';
import { createSessionStore } from '../../facilitator/session-store';
import { MessagesProvider, useTranslate } from '../../i18n/MessagesContext';
import type { Messages } from '../../i18n/messages';
import { downloadSessionRecord as download } from './download';
import { outcomeLabel } from '../../vocabulary/labels';

interface Props {
  module: { title: string; version?: string };
  /** The page's strings for the panel (presenter.session.*, outcome.*), in its language. */
  messages: Messages;
  /** The page's language, for the session's date and time. */
  locale: string;
}

const timeFormat: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
};

function SessionSummary({
  session,
  module,
  which,
  locale,
}: {
  session: FacilitatorSession;
  module: Props['module'];
  which: 'current' | 'previous';
  locale: string;
}) {
  const t = useTranslate();
  const runs = session.runs.filter(hasContent);
  const from = (
    <span className="nhsuk-u-visually-hidden">{t(`presenter.session.from.${which}`)}</span>
  );
  return (
    <>
      <p>
        {t(`presenter.session.started.${which}`, {
          time: new Date(session.startedAt).toLocaleString(locale, timeFormat),
        })}{' '}
        {runs.length === 0
          ? t('presenter.session.noRuns')
          : t('presenter.session.runs', { count: runs.length })}
      </p>
      {runs.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {runs.map((run) => (
            <li key={run.id}>
              {run.ending
                ? t('presenter.session.finished', {
                    title: run.title,
                    outcome: outcomeLabel(t, run.ending.outcome).toLowerCase(),
                  })
                : t(
                    run.choices.length === 1
                      ? 'presenter.session.inProgressOne'
                      : 'presenter.session.inProgress',
                    { title: run.title, count: run.choices.length },
                  )}
            </li>
          ))}
        </ul>
      )}
      {runs.length > 0 && (
        <div className="app-presenter__button-row">
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => download(t, session, module, 'txt')}
          >
            {t('presenter.debrief.downloadText')}
            {from}
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => download(t, session, module, 'json')}
          >
            {t('presenter.debrief.downloadJson')}
            {from}
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
export default function SessionPanel({ messages, ...props }: Props) {
  return (
    <MessagesProvider messages={messages}>
      <SessionStart {...props} />
    </MessagesProvider>
  );
}

function SessionStart({ module, locale }: Omit<Props, 'messages'>) {
  const t = useTranslate();
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
    setMessage(t('presenter.session.startedNew'));
  };

  return (
    <div className="app-session-panel" data-testid="session-panel">
      {session ? (
        <SessionSummary session={session} module={module} which="current" locale={locale} />
      ) : (
        <p>{t('presenter.session.none')}</p>
      )}
      {session && session.runs.some(hasContent) && (
        <button type="button" className="nhsuk-button app-session-panel__new" onClick={startNew}>
          {t('presenter.session.startNew')}
        </button>
      )}
      <p className="app-session-panel__message" role="status">
        {message}
      </p>
      {previous && previous.runs.some(hasContent) && (
        <div className="app-session-panel__previous">
          <h3>{t('presenter.session.previousHeading')}</h3>
          <SessionSummary session={previous} module={module} which="previous" locale={locale} />
        </div>
      )}
    </div>
  );
}
