import { findScormApi, type FoundApi, type ScormVersion } from '../api-discovery';
import type { CourseInfo } from '../course-info';
import { launcherGlobal, type LauncherGlobal } from '../launcher-session';
import { createScorm12Tracker, createScorm2004Tracker } from '../scorm-trackers';
import { launchChannelName, watchForOtherLaunches } from '../second-launch';
import {
  createTrackingSession,
  type NoticeId,
  type SessionSnapshot,
  type TrackingSession,
} from '../session';
import { createLocalTracker, createNoneTracker, type Tracker } from '../tracker';
import { moduleStorage } from '../../storage/browser-storage';
import { languageOfTag, languageTags, startLocation, type Language } from '../../i18n/languages';

/**
 * The launcher: the page an LMS launches (the manifest's SCO). It finds the LMS's API, opens the
 * one communication session for this launch, and shows the module's pages in a frame, so moving
 * between pages never ends the session. The session ends exactly once: from "Save and exit", or
 * when the launcher itself goes away (pagehide; never unload, which breaks the back-forward cache
 * and is not fired reliably on mobile).
 */

/** The launcher's words in each of the module's languages, from the interface strings (src/pages/launch.astro). */
export interface LauncherStrings {
  languages: Language[];
  /** By language: the launcher.* interface strings, keyed without the "launcher." prefix. */
  strings: Partial<Record<Language, Record<string, string>>>;
}

const noticeKeys: Record<NoticeId, string> = {
  'no-lms': 'notice.noLms',
  'lms-unreachable': 'notice.lmsUnreachable',
  'not-saved': 'notice.notSaved',
  'progress-reset': 'notice.progressReset',
  'new-attempt': 'notice.newAttempt',
  review: 'notice.review',
  'took-over': 'notice.tookOver',
  'opened-elsewhere': 'notice.openedElsewhere',
  ended: 'notice.ended',
  facilitator: 'notice.facilitator',
};

const savedToKeys: Record<Tracker['mode'], string> = {
  scorm12: 'savedTo.lms',
  scorm2004: 'savedTo.lms',
  local: 'savedTo.browser',
  none: 'notice.facilitator',
};

/** A page of the module, relative to the package root: "" (home) or "scenarios/fit-note/". */
const locationPattern = /^(?:[a-z0-9][a-z0-9-]*\/){0,4}$/;
export const isModuleLocation = (location: string) =>
  location.length <= 200 && locationPattern.test(location);

const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Some LMSs are not ready the instant the content loads: one retry after a short wait. */
async function connect(found: FoundApi): Promise<Tracker | null> {
  const tracker =
    found.version === '1.2' ? createScorm12Tracker(found.api) : createScorm2004Tracker(found.api);
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
  const course = JSON.parse(
    requiredElement(doc, 'launcher-course').textContent ?? '',
  ) as CourseInfo;
  const { languages, strings } = JSON.parse(
    requiredElement(doc, 'launcher-strings').textContent ?? '',
  ) as LauncherStrings;
  // The launcher speaks the language of the page in its frame, starting with the learner's choice.
  let language: Language = languages[0] ?? 'en';
  const say = (key: string) =>
    strings[language]?.[key] ?? strings[languages[0] ?? 'en']?.[key] ?? key;
  const status = requiredElement<HTMLParagraphElement>(doc, 'launcher-status');
  const saveAndExit = requiredElement<HTMLButtonElement>(doc, 'launcher-save-exit');
  const backToModule = requiredElement<HTMLButtonElement>(doc, 'launcher-back');
  const frame = requiredElement<HTMLIFrameElement>(doc, 'launcher-frame');
  const endedPanel = requiredElement<HTMLElement>(doc, 'launcher-ended');
  const endedMessage = requiredElement<HTMLElement>(doc, 'launcher-ended-message');

  const marked = doc.documentElement.dataset['scormVersion'];
  const versions: ScormVersion[] =
    marked === '1.2' || marked === '2004' ? [marked] : ['2004', '1.2'];
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
  const session = createTrackingSession({
    course,
    tracker,
    storage: moduleStorage(win),
    notices,
    contentLocation,
  });
  (win as unknown as Record<string, LauncherGlobal>)[launcherGlobal] = { protocol: 1, session };
  const pageUrl = (location: string) => new URL(`${location}index.html`, root).href;
  const bookmark = isModuleLocation(session.snapshot().location) ? session.snapshot().location : '';
  // Inside an LMS the module opens in the learner's LMS language preference, when it offers it.
  let lastLocation = startLocation(bookmark, session.snapshot().languagePreference, languages);
  language = languageOfTag(lastLocation.split('/')[0], languages) ?? languages[0] ?? 'en';
  if (!isModuleLocation(lastLocation)) lastLocation = bookmark;
  const showLanguage = () => {
    doc.documentElement.lang = languageTags[language];
    backToModule.textContent = say('back');
    saveAndExit.textContent = say(session.snapshot().readOnly ? 'exit' : 'saveAndExit');
  };
  let firstLoad = true;

  const render = (snapshot: SessionSnapshot) => {
    const shown = snapshot.notices.filter(
      (notice) => notice !== 'ended' && notice !== 'opened-elsewhere',
    );
    // A new attempt is news on top of the usual line; problems replace it.
    const withUsualLine = !snapshot.readOnly && shown.every((notice) => notice === 'new-attempt');
    status.textContent = [
      ...shown.map((notice) => say(noticeKeys[notice])),
      ...(withUsualLine ? [say(savedToKeys[snapshot.mode])] : []),
    ].join(' ');
    status.dataset['notices'] = snapshot.notices.join(' ');
    if (snapshot.ended) {
      endedMessage.textContent = say(
        snapshot.notices.includes('opened-elsewhere')
          ? noticeKeys['opened-elsewhere']
          : snapshot.readOnly
            ? 'reviewEnded'
            : noticeKeys.ended,
      );
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
  showLanguage();
  render(session.snapshot());

  frame.addEventListener('load', () => {
    let path: string;
    let isModulePage: boolean;
    try {
      path = frame.contentWindow?.location.pathname ?? '';
      isModulePage = !!frame.contentDocument?.getElementById('maincontent');
    } catch {
      // A link took the frame to another site: offer the way back.
      backToModule.hidden = false;
      return;
    }
    backToModule.hidden = true;
    // The learner may have switched language in the module: the bar follows.
    const shownIn = languageOfTag(frame.contentDocument?.documentElement.lang, languages);
    if (shownIn && shownIn !== language) {
      language = shownIn;
      showLanguage();
      render(session.snapshot());
    }
    const location = path.startsWith(root.pathname)
      ? decodeURIComponent(path.slice(root.pathname.length)).replace(/index\.html$/, '')
      : null;
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
  // In review there is nothing to save, so the button says Exit (showLanguage).
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
      channel: new Channel(
        launchChannelName(course.moduleId, session.snapshot().learnerId, contentLocation),
      ),
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
