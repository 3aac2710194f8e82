import { findScormApi, type FoundApi, type ScormVersion } from '../api-discovery';
import type { CourseInfo } from '../course-info';
import { launcherGlobal, type LauncherGlobal } from '../launcher-session';
import { createScorm12Tracker, createScorm2004Tracker } from '../scorm-trackers';
import { launchChannelName, watchForOtherLaunches } from '../second-launch';
import { createTrackingSession, type NoticeId, type SessionSnapshot, type TrackingSession } from '../session';
import { createLocalTracker, createNoneTracker, type Tracker } from '../tracker';

/**
 * The launcher: the page an LMS launches (the manifest's SCO). It finds the LMS's API, opens the
 * one communication session for this launch, and shows the module's pages in a frame, so moving
 * between pages never ends the session. The session ends exactly once: from "Save and exit", or
 * when the launcher itself goes away (pagehide; never unload, which breaks the back-forward cache
 * and is not fired reliably on mobile).
 */

const messages: Record<NoticeId, string> = {
  'no-lms': 'We could not find your learning system, so your progress is saved in this browser only.',
  'lms-unreachable':
    'Your learning system did not respond, so your progress is saved in this browser only and your completion will not be recorded. Try opening the module again from your learning system.',
  'not-saved': 'Your learning system has not accepted your latest progress. It is safe in this browser and we will keep trying.',
  'progress-reset':
    'This module has changed since you last used it, or your saved place could not be read, so the scenarios start afresh. A completion already recorded is kept.',
  'new-attempt': 'This is a new attempt: it starts from the beginning. Your earlier result is kept in your learning system as it was.',
  review: 'You are reviewing this attempt: nothing you do here is saved or changes your result.',
  'took-over': 'This module was also open in another window. We saved your progress there and closed it: carry on here.',
  'opened-elsewhere': 'You opened this module in another window. Your progress here is saved: carry on in the other window.',
  ended: 'Your progress is saved. You can close this window.',
  facilitator: 'Facilitator mode: nothing is saved or reported.',
};

const reviewEnded = 'Your review has ended and the attempt is as it was. You can close this window.';

const savedTo: Record<Tracker['mode'], string> = {
  scorm12: 'Your progress is saved to your learning system as you go.',
  scorm2004: 'Your progress is saved to your learning system as you go.',
  local: 'Your progress is saved in this browser.',
  none: messages.facilitator,
};

/** A page of the module, relative to the package root: "" (home) or "scenarios/fit-note/". */
const locationPattern = /^(?:[a-z0-9][a-z0-9-]*\/){0,4}$/;
export const isModuleLocation = (location: string) => location.length <= 200 && locationPattern.test(location);

function browserStorage(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Some LMSs are not ready the instant the content loads: one retry after a short wait. */
async function connect(found: FoundApi): Promise<Tracker | null> {
  const tracker = found.version === '1.2' ? createScorm12Tracker(found.api) : createScorm2004Tracker(found.api);
  if (tracker.initialize()) return tracker;
  await wait(500);
  return tracker.initialize() ? tracker : null;
}

function requiredElement<T extends HTMLElement>(doc: Document, id: string): T {
  const element = doc.getElementById(id);
  if (!element) throw new Error(`The launcher page has no #${id}`);
  return element as T;
}

export async function startLauncher(win: Window = window): Promise<TrackingSession> {
  const doc = win.document;
  const course = JSON.parse(requiredElement(doc, 'launcher-course').textContent ?? '') as CourseInfo;
  const status = requiredElement<HTMLParagraphElement>(doc, 'launcher-status');
  const saveAndExit = requiredElement<HTMLButtonElement>(doc, 'launcher-save-exit');
  const backToModule = requiredElement<HTMLButtonElement>(doc, 'launcher-back');
  const frame = requiredElement<HTMLIFrameElement>(doc, 'launcher-frame');
  const endedPanel = requiredElement<HTMLElement>(doc, 'launcher-ended');
  const endedMessage = requiredElement<HTMLElement>(doc, 'launcher-ended-message');

  const marked = doc.documentElement.dataset['scormVersion'];
  const versions: ScormVersion[] = marked === '1.2' || marked === '2004' ? [marked] : ['2004', '1.2'];
  const facilitator = new URLSearchParams(win.location.search).get('mode') === 'facilitator';

  let tracker: Tracker;
  const notices: NoticeId[] = [];
  const found = facilitator ? null : findScormApi(win, versions);
  if (facilitator) tracker = createNoneTracker();
  else if (!found) {
    tracker = createLocalTracker();
    notices.push('no-lms');
  } else {
    const connected = await connect(found);
    if (connected) tracker = connected;
    else {
      tracker = createLocalTracker();
      notices.push('lms-unreachable');
    }
  }

  // The package root is the launcher's parent folder; pages are loaded by their index.html, which
  // works on LMS content servers that do not serve a folder's index. Its path (no query or hash)
  // is where the LMS serves this activity from, which tells activities apart.
  const root = new URL('../', win.location.href);
  const contentLocation = root.pathname;
  const session = createTrackingSession({ course, tracker, storage: browserStorage(win), notices, contentLocation });
  (win as unknown as Record<string, LauncherGlobal>)[launcherGlobal] = { protocol: 1, session };
  const pageUrl = (location: string) => new URL(`${location}index.html`, root).href;
  let lastLocation = isModuleLocation(session.snapshot().location) ? session.snapshot().location : '';
  let firstLoad = true;

  const render = (snapshot: SessionSnapshot) => {
    const shown = snapshot.notices.filter((notice) => notice !== 'ended' && notice !== 'opened-elsewhere');
    // A new attempt is news on top of the usual line; problems replace it.
    const withUsualLine = !snapshot.readOnly && shown.every((notice) => notice === 'new-attempt');
    status.textContent = [...shown.map((notice) => messages[notice]), ...(withUsualLine ? [savedTo[snapshot.mode]] : [])].join(' ');
    status.dataset['notices'] = snapshot.notices.join(' ');
    if (snapshot.ended) {
      endedMessage.textContent = snapshot.notices.includes('opened-elsewhere') ? messages['opened-elsewhere'] : snapshot.readOnly ? reviewEnded : messages.ended;
    }
    if (snapshot.ended && endedPanel.hidden) {
      frame.remove();
      saveAndExit.hidden = true;
      backToModule.hidden = true;
      endedPanel.hidden = false;
      endedPanel.focus();
    }
  };
  session.subscribe(render);
  render(session.snapshot());

  frame.addEventListener('load', () => {
    let path: string;
    let isModulePage = false;
    try {
      path = frame.contentWindow?.location.pathname ?? '';
      isModulePage = !!frame.contentDocument?.getElementById('maincontent');
    } catch {
      // A link took the frame to another site: offer the way back.
      backToModule.hidden = false;
      return;
    }
    backToModule.hidden = true;
    const location = path.startsWith(root.pathname) ? decodeURIComponent(path.slice(root.pathname.length)).replace(/index\.html$/, '') : null;
    if (firstLoad && !isModulePage && lastLocation !== '') {
      // The bookmarked page is gone (content changed): start from the home page instead.
      firstLoad = false;
      lastLocation = '';
      frame.src = pageUrl('');
      return;
    }
    // The learner has moved on since being told the other window was closed for them.
    if (!firstLoad) session.removeNotice('took-over');
    firstLoad = false;
    if (location !== null && isModuleLocation(location) && isModulePage) {
      lastLocation = location;
      session.setLocation(location);
    }
  });
  backToModule.addEventListener('click', () => {
    frame.src = pageUrl(lastLocation);
  });
  saveAndExit.addEventListener('click', () => session.finish('ended'));
  // In review there is nothing to save.
  if (session.snapshot().readOnly) saveAndExit.textContent = 'Exit';
  saveAndExit.hidden = false;

  // Commit whenever the learner might be leaving; end the session only when the launcher goes.
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') session.flush();
  });
  let closeWatch = () => {};
  win.addEventListener('pagehide', () => {
    session.finish('ended');
    closeWatch();
  });

  const Channel = (win as Window & { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  if (tracker.mode !== 'none' && typeof Channel === 'function') {
    closeWatch = watchForOtherLaunches({
      channel: new Channel(launchChannelName(course.moduleId, session.snapshot().learnerId, contentLocation)),
      launchId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
      isActive: () => !session.snapshot().ended,
      handOver: () => session.finish('opened-elsewhere'),
      tookOver: () => session.addNotice('took-over'),
      // Neither window talks about the other once it has gone.
      otherClosed: () => {
        session.removeNotice('took-over');
        session.removeNotice('opened-elsewhere');
      },
    });
  }

  frame.src = pageUrl(lastLocation);
  frame.hidden = false;
  return session;
}
