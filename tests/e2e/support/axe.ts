import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';

/** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const describe = (
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>,
) =>
  violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );

/**
 * Axe's WCAG 2.2 AA violations on a page, in words. Legacy mode runs axe in the page itself
 * rather than gathering results in a new blank page: the same rules, in half the time.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
  return describe(results.violations);
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * The same, for one frame's own document only (not the frames inside it): for a page inside
 * the SCORM launcher inside an LMS, whose outer pages are checked once, not with every page.
 */
export async function axeViolationsInFrame(frame: Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  const violations = await frame.evaluate(
    async (tags) =>
      (
        await (
          window as unknown as {
            axe: {
              run: (
                context: Document,
                options: object,
              ) => Promise<{
                violations: Array<{
                  id: string;
                  help: string;
                  nodes: Array<{ target: unknown[] }>;
                }>;
              }>;
            };
          }
        ).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          iframes: false,
        })
      ).violations,
    wcagTags,
  );
  return describe(violations);
}
