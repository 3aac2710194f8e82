import { expect, test } from '@playwright/test';
import { motionProblems, reflowProblems, smallTargets, walkFocus } from './support/a11y-checks';
import { axeViolations, axeViolationsInFrame } from './support/axe';

/**
 * The checks in support/a11y-checks.ts find what they are for: each runs on a tiny page made to
 * fail it (and on its fixed twin), so a pass elsewhere means something.
 */

const page = (body: string, style = '') =>
  `<!doctype html><html lang="en"><head><title>Check</title><style>body{margin:0;font:16px/1.5 sans-serif} ${style}</style></head><body>${body}</body></html>`;

test('reflow: a wide box makes the page scroll sideways; a wide table in a scroll box does not', async ({
  page: tab,
}) => {
  await tab.setViewportSize({ width: 320, height: 600 });
  await tab.setContent(page('<main><div style="width:400px">Too wide</div></main>'));
  expect(await reflowProblems(tab)).toContain('the page scrolls sideways by 80px at 320px wide');
  await tab.setContent(
    page(
      '<main><div style="overflow-x:auto"><table><tr><td style="min-width:600px">Wide data</td></tr></table></div></main>',
    ),
  );
  expect(await reflowProblems(tab)).toEqual([]);
});

test('focus: hidden behind a fixed bar, or with no visible change, is found', async ({
  page: tab,
}) => {
  await tab.setViewportSize({ width: 400, height: 300 });
  const links = Array.from(
    { length: 12 },
    (_, index) => `<p><a href="#${index}">Link ${index}</a></p>`,
  ).join('');
  await tab.setContent(
    page(
      `<main>${links}</main><div class="bar">Fixed bar</div>`,
      '.bar{position:fixed;bottom:0;left:0;right:0;height:150px;background:#eee} a:focus{outline:3px solid orange}',
    ),
  );
  expect(
    (await walkFocus(tab)).problems.some((problem) =>
      /hidden behind <div class="bar">/.test(problem),
    ),
  ).toBe(true);
  await tab.setContent(page(`<main>${links}</main>`, 'a:focus{outline:none}'));
  expect((await walkFocus(tab)).problems).toContain(
    'a "Link 0" looks the same with and without focus',
  );
  await tab.setContent(page(`<main>${links}</main>`, 'a:focus{outline:3px solid orange}'));
  expect((await walkFocus(tab)).problems).toEqual([]);
});

test('target size: small neighbours are found; spaced or inline ones pass', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(
      '<button style="width:16px;height:16px;padding:0">a</button><button style="width:16px;height:16px;padding:0">b</button>',
    ),
  );
  expect(await smallTargets(tab)).toHaveLength(2);
  await tab.setContent(
    page(
      '<button style="width:16px;height:16px;padding:0;margin:8px">a</button><button style="width:16px;height:16px;padding:0;margin:8px">b</button>',
    ),
  );
  expect(await smallTargets(tab)).toEqual([]);
  await tab.setContent(
    page('<p>Read <a href="#a">this</a> and <a href="#b">that</a> in a sentence.</p>'),
  );
  expect(await smallTargets(tab)).toEqual([]);
});

test('reduced motion: an animation that still runs is found', async ({ page: tab }) => {
  await tab.emulateMedia({ reducedMotion: 'reduce' });
  await tab.setContent(
    page(
      '<div class="spin">Spinning</div>',
      '@keyframes spin{to{transform:rotate(1turn)}} .spin{animation:spin 1s infinite}',
    ),
  );
  expect((await motionProblems(tab)).join()).toMatch(/animates \(spin, 1s\)/);
  await tab.setContent(
    page(
      '<div class="spin">Spinning</div>',
      '@keyframes spin{to{transform:rotate(1turn)}} @media (prefers-reduced-motion: no-preference){.spin{animation:spin 1s infinite}}',
    ),
  );
  expect(await motionProblems(tab)).toEqual([]);
});

test('axe, on a page and inside one frame only, finds an image without a text alternative', async ({
  page: tab,
}) => {
  await tab.setContent(page('<main><h1>Checks</h1><img src="data:,"></main>'));
  expect((await axeViolations(tab)).join()).toMatch(/image-alt/);
  await tab.setContent(
    page(
      '<main><h1>Checks</h1><iframe title="Inner" srcdoc="<!doctype html><html lang=en><title>Inner</title><main><h1>Inner</h1><img src=data:,></main>"></iframe></main>',
    ),
  );
  const inner = tab.frames().find((frame) => frame !== tab.mainFrame())!;
  await inner.waitForLoadState();
  expect((await axeViolationsInFrame(inner)).join()).toMatch(/image-alt/);
  expect(await axeViolationsInFrame(tab.mainFrame())).toEqual([]);
});
