import { describe, expect, it } from 'vitest';
import { findScormApi, findUpwards, maxParentLevels } from '../../src/tracking/api-discovery';

type FakeWindow = Record<string, unknown> & {
  parent?: FakeWindow;
  opener?: FakeWindow | null;
  top?: FakeWindow;
};

const api12 = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => '',
});
const api2004 = () => ({
  Initialize: () => 'true',
  Terminate: () => 'true',
  GetValue: () => '',
  SetValue: () => 'true',
  Commit: () => 'true',
  GetLastError: () => '0',
  GetErrorString: () => '',
});

/** A chain of windows, index 0 the innermost; each window's parent is the next, the last its own parent. */
function chain(
  length: number,
  extra: (level: number) => Record<string, unknown> = () => ({}),
): FakeWindow[] {
  const windows: FakeWindow[] = Array.from({ length }, (_, level) => ({ ...extra(level) }));
  windows.forEach((win, level) => {
    win.parent = windows[level + 1] ?? win;
    win.top = windows[length - 1];
    win.opener = null;
  });
  return windows;
}

/**
 * A window from another origin, as browsers expose it: parent, top and opener can be read, and
 * reading anything else throws a SecurityError.
 */
function crossOrigin(win: FakeWindow): FakeWindow {
  return new Proxy(win, {
    get(target, key) {
      if (key === 'parent' || key === 'top' || key === 'opener') return target[key as string];
      throw new DOMException(
        `Blocked a frame from accessing a cross-origin frame (${String(key)})`,
        'SecurityError',
      );
    },
    has() {
      throw new DOMException(
        'Blocked a frame from accessing a cross-origin frame',
        'SecurityError',
      );
    },
  });
}

describe('finding the LMS API', () => {
  it('finds it in the window itself or a parent', () => {
    const windows = chain(3, (level) => (level === 2 ? { API: api12() } : {}));
    expect(findScormApi(windows[0])).toMatchObject({ version: '1.2', api: windows[2]!['API'] });
  });

  it('prefers SCORM 2004 unless told which version to look for', () => {
    const windows = chain(3, (level) =>
      level === 1 ? { API: api12() } : level === 2 ? { API_1484_11: api2004() } : {},
    );
    expect(findScormApi(windows[0])?.version).toBe('2004');
    expect(findScormApi(windows[0], ['1.2'])?.version).toBe('1.2');
  });

  it('walks past a cross-origin frame without throwing (an LMS adapter frame from another origin)', () => {
    const windows = chain(4, (level) => (level === 3 ? { API: api12() } : {}));
    // Level 1 is the LMS's own frame on another origin; its parent is still reachable.
    windows[0]!.parent = crossOrigin(windows[1]!);
    expect(() => findScormApi(windows[0])).not.toThrow();
    expect(findScormApi(windows[0])?.version).toBe('1.2');
  });

  it('finds nothing, quietly, when every ancestor is cross-origin and there is no opener', () => {
    const windows = chain(3);
    windows[0]!.parent = crossOrigin(windows[1]!);
    windows[1]!.parent = crossOrigin(windows[2]!);
    windows[0]!.top = crossOrigin(windows[2]!);
    expect(findScormApi(windows[0])).toBeNull();
  });

  it('ignores objects that only look like an API', () => {
    const windows = chain(2, (level) =>
      level === 1 ? { API: { LMSInitialize: () => 'true' }, API_1484_11: 'not an object' } : {},
    );
    expect(findScormApi(windows[0])).toBeNull();
  });

  it('survives an API whose properties throw', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    const windows = chain(2, (level) => (level === 1 ? { API: hostile } : {}));
    expect(findScormApi(windows[0])).toBeNull();
  });

  it('looks in the opener when the module was opened in a new window', () => {
    const lms = chain(2, (level) => (level === 1 ? { API_1484_11: api2004() } : {}));
    const popup = chain(1)[0]!;
    popup.opener = lms[0];
    expect(findScormApi(popup)?.version).toBe('2004');
  });

  it("looks in the top window's opener for content in frames of a popup", () => {
    const lms = chain(1, () => ({ API: api12() }));
    const popup = chain(3);
    popup[2]!.opener = lms[0];
    expect(findScormApi(popup[0])?.version).toBe('1.2');
  });

  it(`gives up after ${maxParentLevels} parents`, () => {
    const deep = chain(maxParentLevels + 3, (level) =>
      level === maxParentLevels + 2 ? { API: api12() } : {},
    );
    expect(findScormApi(deep[0])).toBeNull();
    const justInReach = chain(maxParentLevels + 1, (level) =>
      level === maxParentLevels ? { API: api12() } : {},
    );
    expect(findScormApi(justInReach[0])?.version).toBe('1.2');
  });

  it('does not loop on a window that is its own parent, or on no window at all', () => {
    const lonely: FakeWindow = {};
    lonely.parent = lonely;
    expect(findScormApi(lonely)).toBeNull();
    expect(findScormApi(undefined)).toBeNull();
    expect(findUpwards(null, () => 'found')).toBeNull();
  });

  it('treats a parent property that throws as the end of the chain', () => {
    const broken = new Proxy({} as FakeWindow, {
      get: () => {
        throw new Error('detached');
      },
    });
    expect(findScormApi(broken)).toBeNull();
  });
});
