// The LMS preview's player page (and, in cross-origin mode, its adapter frame). Plain browser
// JavaScript, served as it is by scorm/preview/server.ts; scorm-again provides the SCORM API.
//
// Query parameters on the player page:
//   fail=initialize,setvalue,commit,noapi   faults to inject; "commit:2" fails only the first 2
//   fail=suspenddata                        every SetValue of cmi.suspend_data refused (others taken)
//   fail=offline-after:1                    the LMS goes offline after 1 commit: later commits
//                                           and the finish fail, and nothing more reaches it
//   learner=Okafor, Amara                   cmi learner name ("Last, First"); learnerId=…
//   activity=refresher                      the same package added as another activity: its own
//                                           content path and its own LMS record
//   crossorigin=1                           content on a second origin behind an adapter frame
//   autolaunch=1                            launch as soon as the page opens
//
// Buttons: Launch (a new attempt if there is no record, else the record's attempt, resumed if it
// was suspended), Start a new attempt (the record becomes an earlier attempt; entry ab-initio),
// Review the attempt (mode review, no credit; nothing the module writes is kept).
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('preview-config').textContent);
  const role = config.role || 'player';
  const is12 = config.version === '1.2';
  const names = is12
    ? {
        init: 'LMSInitialize',
        finish: 'LMSFinish',
        get: 'LMSGetValue',
        set: 'LMSSetValue',
        commit: 'LMSCommit',
        error: 'LMSGetLastError',
        errorString: 'LMSGetErrorString',
        diagnostic: 'LMSGetDiagnostic',
        global: 'API',
      }
    : {
        init: 'Initialize',
        finish: 'Terminate',
        get: 'GetValue',
        set: 'SetValue',
        commit: 'Commit',
        error: 'GetLastError',
        errorString: 'GetErrorString',
        diagnostic: 'GetDiagnostic',
        global: 'API_1484_11',
      };
  const el = is12
    ? {
        id: 'cmi.core.student_id',
        name: 'cmi.core.student_name',
        entry: 'cmi.core.entry',
        exit: 'cmi.core.exit',
        session: 'cmi.core.session_time',
        total: 'cmi.core.total_time',
        credit: 'cmi.core.credit',
        mode: 'cmi.core.lesson_mode',
        status: 'cmi.core.lesson_status',
      }
    : {
        id: 'cmi.learner_id',
        name: 'cmi.learner_name',
        entry: 'cmi.entry',
        exit: 'cmi.exit',
        session: 'cmi.session_time',
        total: 'cmi.total_time',
        credit: 'cmi.credit',
        mode: 'cmi.mode',
        status: 'cmi.completion_status',
      };
  const faultErrors = is12
    ? { initialize: '101', setvalue: '101', suspenddata: '101', commit: '101' }
    : { initialize: '102', setvalue: '351', suspenddata: '351', commit: '391' };

  /** "commit:2,setvalue" → { commit: 2, setvalue: Infinity } */
  function parseFaults(text) {
    const faults = {};
    for (const part of (text || '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)) {
      const [name, times] = part.split(':');
      faults[name.toLowerCase()] = times ? Number(times) : Infinity;
    }
    return faults;
  }

  // ---- time arithmetic for total_time, as an LMS does at the end of a session ----
  function seconds12(text) {
    const match = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(text || '');
    return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : 0;
  }
  function format12(total) {
    const centi = Math.round(total * 100);
    const pad = (n, w) => String(n).padStart(w || 2, '0');
    return (
      pad(Math.floor(centi / 360000), 4) +
      ':' +
      pad(Math.floor((centi % 360000) / 6000)) +
      ':' +
      pad(Math.floor((centi % 6000) / 100)) +
      '.' +
      pad(centi % 100)
    );
  }
  function seconds2004(text) {
    const match =
      /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
        text || '',
      );
    if (!match) return 0;
    return (
      Number(match[3] || 0) * 86400 +
      Number(match[4] || 0) * 3600 +
      Number(match[5] || 0) * 60 +
      Number(match[6] || 0)
    );
  }
  function format2004(total) {
    const centi = Math.round(total * 100);
    return (
      'PT' +
      Math.floor(centi / 360000) +
      'H' +
      Math.floor((centi % 360000) / 6000) +
      'M' +
      (centi % 6000) / 100 +
      'S'
    );
  }
  const addTime = (total, session) =>
    is12
      ? format12(seconds12(total) + seconds12(session))
      : format2004(seconds2004(total) + seconds2004(session));

  /** The CMI data as flat strings, for display and for keeping between launches. */
  function flatten(api) {
    const flat = {};
    for (const [key, value] of Object.entries(api.getFlattenedCMI()))
      if (typeof value === 'string') flat[key] = value;
    return flat;
  }

  /**
   * A scorm-again API for one launch, behind a wrapper that injects faults and reports calls.
   * `record` is what the LMS kept from the previous launch, if any.
   */
  function createLms(options) {
    const Api = is12 ? window.Scorm12API : window.Scorm2004API;
    const api = new Api({ logLevel: 5, autocommit: false });
    const review = options.mode === 'review';
    const initial = {};
    initial[el.id] = options.learnerId;
    initial[el.name] = options.learnerName;
    initial[el.entry] = 'ab-initio';
    if (is12) initial[el.status] = 'not attempted';
    // The learner's language preference, as an LMS takes it from their profile (?language=cy).
    if (options.language)
      initial[is12 ? 'cmi.student_preference.language' : 'cmi.learner_preference.language'] =
        options.language;
    const record = options.record;
    if (record) {
      Object.assign(initial, record.cmi);
      delete initial[el.exit];
      delete initial[el.session];
      // What an LMS does on relaunch: resume if the SCO suspended, and add up the time.
      initial[el.entry] = record.exit === 'suspend' ? 'resume' : '';
      initial[el.total] = addTime(record.cmi[el.total], record.sessionTime);
    }
    // Review replays the attempt as it is, without credit (Moodle: entry "", mode review).
    initial[el.credit] = review ? 'no-credit' : 'credit';
    initial[el.mode] = review ? 'review' : 'normal';
    if (review) initial[el.entry] = '';
    api.loadFromFlattenedJSON(initial);

    const faults = options.faults;
    let injectedError = null;
    let finished = false;
    let commitsTaken = 0;
    const offline = () => {
      if (!(commitsTaken >= faults['offline-after'])) return false;
      injectedError = faultErrors.commit;
      return true;
    };
    const fault = (name) => {
      if (!(faults[name] > 0)) return false;
      faults[name] -= 1;
      injectedError = faultErrors[name];
      return true;
    };
    const keep = () => {
      // In review the LMS keeps the attempt as it was, whatever the content writes.
      if (review) return;
      const cmi = flatten(api);
      options.onKeep({ cmi: cmi, exit: cmi[el.exit] || '', sessionTime: cmi[el.session] || '' });
    };
    const call = (name, args, run) => {
      injectedError = null;
      const result = run();
      options.onCall({
        name: name,
        args: args,
        result: String(result),
        error: injectedError || String(api[names.error]()),
      });
      return result;
    };
    const wrapper = {};
    wrapper[names.init] = (parameter) =>
      call(names.init, [parameter], () =>
        fault('initialize') ? 'false' : api[names.init](parameter),
      );
    wrapper[names.finish] = (parameter) =>
      call(names.finish, [parameter], () => {
        if (offline()) return 'false';
        const result = api[names.finish](parameter);
        if (String(result) === 'true') {
          finished = true;
          keep();
        }
        return result;
      });
    wrapper[names.get] = (element) => call(names.get, [element], () => api[names.get](element));
    wrapper[names.set] = (element, value) =>
      call(names.set, [element, value], () =>
        fault('setvalue') || (element === 'cmi.suspend_data' && fault('suspenddata'))
          ? 'false'
          : api[names.set](element, value),
      );
    wrapper[names.commit] = (parameter) =>
      call(names.commit, [parameter], () => {
        if (fault('commit') || offline()) return 'false';
        const result = api[names.commit](parameter);
        if (String(result) === 'true') {
          commitsTaken += 1;
          keep();
        }
        return result;
      });
    wrapper[names.error] = () => injectedError || api[names.error]();
    wrapper[names.errorString] = (code) =>
      injectedError && String(code) === injectedError
        ? 'Fault injected by the LMS preview'
        : api[names.errorString](code);
    wrapper[names.diagnostic] = (code) =>
      injectedError ? 'Fault injected by the LMS preview' : api[names.diagnostic](code);
    return { api: api, wrapper: wrapper, cmi: () => flatten(api), finished: () => finished };
  }

  function makeFrame(src, title) {
    const frame = document.createElement('iframe');
    frame.className = 'preview__frame';
    frame.title = title;
    frame.src = src;
    frame.setAttribute('allow', 'autoplay; fullscreen');
    document.getElementById('stage').replaceChildren(frame);
    return frame;
  }

  // ---- adapter role: a frame on the content's origin that holds the API, as ESR does ----
  if (role === 'adapter') {
    const setup = JSON.parse(decodeURIComponent(location.hash.slice(1)));
    const post = (message) =>
      parent.postMessage(
        Object.assign({ source: 'lms-preview-adapter' }, message),
        setup.playerOrigin,
      );
    const lms = createLms({
      learnerId: setup.learnerId,
      learnerName: setup.learnerName,
      language: setup.language,
      record: setup.record,
      mode: setup.mode,
      faults: setup.faults,
      onKeep: (record) => post({ type: 'keep', record: record }),
      onCall: (entry) => post({ type: 'call', entry: entry, cmi: lms.cmi() }),
    });
    if (!('noapi' in setup.faults)) window[names.global] = lms.wrapper;
    makeFrame(setup.contentBase + config.launch, config.title);
    return;
  }

  // ---- player role: the LMS page ----
  const params = new URLSearchParams(location.search);
  const faultText = params.get('fail') || '';
  const learnerName = params.get('learner') || 'Okafor, Amara';
  const learnerId = params.get('learnerId') || 'learner-1';
  const language = params.get('language') || '';
  const crossOrigin = params.get('crossorigin') === '1' && !!config.contentOrigin;
  // The same package added as another activity: served from its own path, with its own record.
  const activity = (params.get('activity') || '').replace(/[^\w-]/g, '');
  const contentBase = activity
    ? config.contentBase.replace(/\/content\/([\w-]+)\/$/, '/activity/' + activity + '/content/$1/')
    : config.contentBase;
  const storeKey =
    'preview-lms:trust-a:' + (activity ? activity + ':' : '') + config.slug + ':record';
  const attemptsKey = storeKey.replace(/:record$/, ':earlier-attempts');
  const stateText = document.getElementById('player-state');
  const cmiBody = document.querySelector('#cmi tbody');
  const callList = document.getElementById('calls');
  const calls = [];
  let current = null;
  let lastCmi = {};

  document.getElementById('faults').textContent =
    'Learner: ' +
    learnerName +
    ' (' +
    learnerId +
    ')' +
    (language ? ', language preference ' + language : '') +
    '. ' +
    (activity ? 'Activity: ' + activity + ' (' + contentBase + '). ' : '') +
    (faultText
      ? 'Faults injected: ' + faultText + '.'
      : 'No faults injected (add ?fail=initialize, setvalue, commit or noapi to the address).') +
    (crossOrigin ? ' Content from another origin: ' + config.contentOrigin + '.' : '');

  const readRecord = () => {
    try {
      return JSON.parse(localStorage.getItem(storeKey) || 'null');
    } catch {
      return null;
    }
  };
  const keepRecord = (record) => localStorage.setItem(storeKey, JSON.stringify(record));
  const earlierAttempts = () => {
    try {
      return JSON.parse(localStorage.getItem(attemptsKey) || '[]');
    } catch {
      return [];
    }
  };

  function setState(text) {
    stateText.textContent = text;
    document.body.dataset.playerState = text;
  }

  let renderQueued = false;
  function render() {
    if (renderQueued) return;
    renderQueued = true;
    requestAnimationFrame(() => {
      renderQueued = false;
      const cmi = current ? current.cmi() : lastCmi;
      const rows = Object.keys(cmi)
        .sort()
        .filter((key) => cmi[key] !== '' || key === el.status || key === 'cmi.suspend_data')
        .map((key) => {
          const row = document.createElement('tr');
          row.dataset.element = key;
          const name = document.createElement('th');
          name.scope = 'row';
          name.textContent = key;
          const value = document.createElement('td');
          value.textContent = cmi[key];
          row.append(name, value);
          return row;
        });
      cmiBody.replaceChildren(...rows);
      callList.replaceChildren(
        ...calls
          .slice(-60)
          .reverse()
          .map((entry) => {
            const item = document.createElement('li');
            item.textContent =
              entry.name +
              '(' +
              entry.args.map((arg) => JSON.stringify(arg)).join(', ') +
              ') → ' +
              entry.result +
              (entry.error && entry.error !== '0' ? ' [error ' + entry.error + ']' : '');
            return item;
          }),
      );
    });
  }

  function onCall(entry) {
    calls.push(entry);
    if (entry.name === names.init && entry.result === 'true') setState('Running');
    if (entry.name === names.finish && entry.result === 'true')
      setState('Finished (' + names.finish + ' called)');
    render();
  }

  function launch(mode) {
    mode = mode === 'review' ? 'review' : 'normal';
    if (current) {
      // An LMS closes the module's window once it has finished its session (Save and exit);
      // launching again then starts a new session. One still running is left alone.
      const finished = current.lms
        ? current.lms.finished()
        : /Finished/.test(stateText.textContent);
      if (!finished) {
        setState('Already running: use Close, or Close and relaunch');
        return;
      }
      close();
    }
    const faults = parseFaults(faultText);
    calls.length = 0;
    setState('Launched');
    if (crossOrigin) {
      const setup = {
        learnerId: learnerId,
        learnerName: learnerName,
        language: language,
        record: readRecord(),
        mode: mode,
        faults: faults,
        contentBase: contentBase,
        playerOrigin: location.origin,
      };
      let cmi = {};
      current = { cmi: () => cmi, frame: null };
      const listener = (event) => {
        if (
          event.origin !== config.contentOrigin ||
          !event.data ||
          event.data.source !== 'lms-preview-adapter'
        )
          return;
        if (event.data.type === 'keep') keepRecord(event.data.record);
        if (event.data.type === 'call') {
          cmi = event.data.cmi;
          onCall(event.data.entry);
        }
      };
      window.addEventListener('message', listener);
      current.stop = () => window.removeEventListener('message', listener);
      current.frame = makeFrame(
        config.contentOrigin + config.adapter + '#' + encodeURIComponent(JSON.stringify(setup)),
        'Course',
      );
      return;
    }
    const lms = createLms({
      learnerId: learnerId,
      learnerName: learnerName,
      language: language,
      record: readRecord(),
      mode: mode,
      faults: faults,
      onKeep: keepRecord,
      onCall: onCall,
    });
    if (!('noapi' in faults)) window[names.global] = lms.wrapper;
    else delete window[names.global];
    current = {
      cmi: lms.cmi,
      frame: makeFrame(contentBase + config.launch, config.title),
      lms: lms,
    };
    render();
  }

  /** Closes the content frame, as an LMS does when the learner leaves: the SCO gets pagehide. */
  function close() {
    if (!current) return;
    lastCmi = current.cmi();
    current.frame.remove();
    if (current.stop) setTimeout(current.stop, 500);
    const finished = current.lms ? current.lms.finished() : /Finished/.test(stateText.textContent);
    current = null;
    delete window[names.global];
    setState(
      finished
        ? 'Closed (the module finished its session)'
        : 'Closed (the module did not finish its session)',
    );
    render();
  }

  /**
   * A new attempt, as a learner starts one from the LMS: the record becomes an earlier attempt
   * (kept, as the LMS keeps it) and the next launch has no record, so entry is ab-initio. The
   * module's own copy in this browser is left where it is, as on a real learner's computer.
   */
  function newAttempt() {
    close();
    const record = readRecord();
    if (record)
      localStorage.setItem(attemptsKey, JSON.stringify(earlierAttempts().concat([record])));
    localStorage.removeItem(storeKey);
    lastCmi = {};
    setTimeout(launch, 100);
  }

  function reset() {
    close();
    localStorage.removeItem(storeKey);
    localStorage.removeItem(attemptsKey);
    // The module keeps its own copy of the learner's progress in this browser; a new attempt on
    // a real LMS would often be on another device, so forget that too.
    for (const key of Object.keys(localStorage))
      if (key.startsWith('across-the-interface:')) localStorage.removeItem(key);
    lastCmi = {};
    calls.length = 0;
    setState('Reset: the next launch is a new attempt');
    render();
  }

  document.getElementById('launch').addEventListener('click', () => launch('normal'));
  document.getElementById('new-attempt').addEventListener('click', newAttempt);
  document.getElementById('review').addEventListener('click', () => {
    close();
    setTimeout(() => launch('review'), 100);
  });
  document.getElementById('close').addEventListener('click', close);
  document.getElementById('relaunch').addEventListener('click', () => {
    close();
    setTimeout(() => launch('normal'), 100);
  });
  document.getElementById('reset').addEventListener('click', reset);

  // For tests and for the curious: the player's state from the console.
  window.previewLms = {
    cmi: () => (current ? current.cmi() : lastCmi),
    kept: readRecord,
    earlierAttempts: earlierAttempts,
    calls: () => calls.slice(),
    launch: launch,
    close: close,
    reset: reset,
  };

  const kept = readRecord();
  lastCmi = kept ? kept.cmi : {};
  render();
  if (params.get('autolaunch') === '1') launch();
})();
