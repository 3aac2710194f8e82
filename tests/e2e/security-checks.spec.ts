import { expect, test } from '@playwright/test';
import { foreignRequests, watchSecurity } from './support/security';

/**
 * The watch in support/security.ts finds what it is for: a request to another origin and a
 * script the Content-Security-Policy blocks, each on a small page made to do it. So when the
 * security and accessibility specs find nothing, nothing was there to find.
 */

const fixturePath = '/__security-check__/';

test('a request to another origin is recorded and reported', async ({ context, page, baseURL }) => {
  const log = await watchSecurity(context);
  // Answered here, so the test needs no network: the request is still made and recorded.
  await context.route('http://tracker.example/**', (route) =>
    route.fulfill({
      contentType: 'image/gif',
      body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'),
    }),
  );
  await context.route(`**${fixturePath}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Check</title><img src="http://tracker.example/pixel.gif" alt="">',
    }),
  );
  await page.goto(fixturePath);
  await expect
    .poll(() => foreignRequests(log, [new URL(baseURL!).origin]))
    .toEqual(['http://tracker.example/pixel.gif']);
});

test('an inline script the policy blocks is recorded as a CSP violation', async ({
  context,
  page,
}) => {
  const log = await watchSecurity(context);
  const body = `<!doctype html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"><title>Check</title></head><script>document.title = 'ran'</script>`;
  await context.route(`**${fixturePath}`, (route) =>
    route.fulfill({ contentType: 'text/html', body }),
  );
  await page.goto(fixturePath);
  await expect.poll(() => log.cspViolations.length).toBeGreaterThan(0);
  expect(log.cspViolations.join('\n')).toMatch(/script-src/);
  await expect(page).toHaveTitle('Check');
});
