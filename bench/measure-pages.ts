/**
 * What each kind of page loads, measured in a real Chromium: every request the page makes while
 * it loads and its islands start, sized from the built files (raw, and gzip as scripts/serve.mjs
 * sends text). JavaScript includes inline scripts; page bytes exclude video files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { inlineScripts } from '../src/integrations/csp';

export interface PageType {
  /** Used in figure ids: "js.<id>.gzip". */
  id: string;
  /** For the table: "scenario page, before a scene plays". */
  label: string;
  url: string;
  /** Something a learner does after the page loads (play a scene); its requests count too. */
  then?: (page: Page) => Promise<void>;
}

export interface PageWeight {
  type: PageType;
  js: { raw: number; gzip: number; files: Array<{ file: string; raw: number; gzip: number }> };
  /** Everything but video files: HTML, CSS, JavaScript, images, captions. */
  total: { raw: number; gzip: number; requests: number };
}

const isVideo = (file: string) => /\.(mp4|webm|m4v)$/i.test(file);
/** What scripts/serve.mjs compresses. */
const isText = (file: string) => /\.(html|js|mjs|css|json|svg|vtt|txt|xml|xsd)$/i.test(file);
const gzipped = (bytes: Buffer | string) => gzipSync(bytes).byteLength;

export const scenePlaying = async (page: Page) => {
  await page.getByRole('button', { name: /^Play the scene/ }).click();
  await page.waitForFunction(() => {
    const video = document.querySelector<HTMLVideoElement>('.app-vlog video');
    return !!video && !video.paused && video.currentTime > 0;
  });
};

/** The page kinds measured, each at one representative address. */
export const pageTypes = (scenarioId: string): PageType[] => [
  { id: 'home', label: 'home page', url: '/' },
  {
    id: 'scenario',
    label: 'scenario page, before a scene plays',
    url: `/scenarios/${scenarioId}/`,
  },
  {
    id: 'scenarioPlaying',
    label: 'scenario page, once a scene plays',
    url: `/scenarios/${scenarioId}/`,
    then: scenePlaying,
  },
  { id: 'facilitator', label: 'facilitator start page', url: '/facilitator/' },
  { id: 'presenter', label: 'facilitator presenter view', url: `/facilitator/${scenarioId}/` },
  { id: 'certificate', label: 'certificate', url: '/certificate/' },
];

/** The built file a URL on the local server maps to, or null. */
function builtFile(siteDir: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const candidate = path.join(siteDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

export async function measurePages(options: {
  origin: string;
  siteDir: string;
  chromiumPath?: string;
  types: PageType[];
}): Promise<PageWeight[]> {
  const browser = await chromium.launch({
    ...(options.chromiumPath ? { executablePath: options.chromiumPath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--autoplay-policy=no-user-gesture-required',
      '--mute-audio',
    ],
  });
  try {
    const results: PageWeight[] = [];
    for (const type of options.types) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const requested = new Set<string>();
      page.on('request', (request) => {
        if (!request.url().startsWith('data:')) requested.add(request.url());
      });
      await page.goto(new URL(type.url, options.origin).href, { waitUntil: 'networkidle' });
      if (type.then) {
        await type.then(page);
        await page.waitForLoadState('networkidle').catch(() => undefined);
        // A playing video keeps fetching; give late scripts a moment instead of waiting for quiet.
        await page.waitForTimeout(1000);
      }
      await context.close();

      const weight: PageWeight = {
        type,
        js: { raw: 0, gzip: 0, files: [] },
        total: { raw: 0, gzip: 0, requests: 0 },
      };
      const inline: string[] = [];
      for (const url of requested) {
        if (!url.startsWith(options.origin))
          throw new Error(`${type.url} requested ${url}, which is not the module's own origin`);
        const file = builtFile(options.siteDir, url);
        if (!file || isVideo(file)) continue;
        const bytes = readFileSync(file);
        weight.total.requests += 1;
        weight.total.raw += bytes.byteLength;
        weight.total.gzip += isText(file) ? gzipped(bytes) : bytes.byteLength;
        if (/\.m?js$/.test(file)) {
          const sizes = {
            file: path.relative(options.siteDir, file),
            raw: bytes.byteLength,
            gzip: gzipped(bytes),
          };
          weight.js.raw += sizes.raw;
          weight.js.gzip += sizes.gzip;
          weight.js.files.push(sizes);
        } else if (file.endsWith('.html')) {
          inline.push(...inlineScripts(bytes.toString('utf8')));
        }
      }
      if (inline.length) {
        const code = inline.join('\n');
        const sizes = {
          file: `${inline.length} inline scripts`,
          raw: Buffer.byteLength(code),
          gzip: gzipped(code),
        };
        weight.js.raw += sizes.raw;
        weight.js.gzip += sizes.gzip;
        weight.js.files.push(sizes);
      }
      results.push(weight);
    }
    return results;
  } finally {
    await browser.close();
  }
}
