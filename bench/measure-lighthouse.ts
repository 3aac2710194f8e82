/**
 * Lighthouse scores for a page, with its default mobile emulation and simulated slow 4G, run in
 * Debian's Chromium (CHROMIUM_PATH, or /usr/bin/chromium). Each page runs several times in a
 * fresh browser and the median run (by performance score) is kept, as Lighthouse advises.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseResult {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Largest Contentful Paint and Total Blocking Time in milliseconds; Cumulative Layout Shift. */
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits that lost points, for the console when a score falls short. */
  failing: string[];
}

const categories = ['performance', 'accessibility', 'best-practices'] as const;

async function runOnce(url: string, chromePath: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
    const score = (id: (typeof categories)[number]) =>
      Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const failing = categories.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter(
          (ref) =>
            ref.weight > 0 &&
            typeof lhr.audits[ref.id]?.score === 'number' &&
            lhr.audits[ref.id]!.score! < 1,
        )
        .map((ref) => `${category}: ${ref.id} ${lhr.audits[ref.id]!.displayValue ?? ''}`.trim()),
    );
    return {
      url,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      failing,
    };
  } finally {
    chrome.kill();
  }
}

export async function measureLighthouse(
  url: string,
  options: { chromePath: string; runs: number },
): Promise<LighthouseResult> {
  const runs: LighthouseResult[] = [];
  for (let run = 0; run < options.runs; run += 1) runs.push(await runOnce(url, options.chromePath));
  runs.sort((a, b) => a.performance - b.performance || b.tbt - a.tbt);
  return runs[Math.floor((runs.length - 1) / 2)]!;
}
