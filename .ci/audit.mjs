/**
 * CI: `npm audit --omit=dev`, failing on any high or critical advisory in what the module ships,
 * except those listed with a reason in .ci/audit-exceptions.json (docs/performance.md#security).
 *
 * A registry that cannot answer audit requests (some mirrors refuse them with 405) is reported
 * plainly and does not fail the build: nothing was checked, which is not the same as a finding.
 * Set AUDIT_REQUIRED=1 to fail in that case too.
 *
 *   node .ci/audit.mjs                  run npm audit and judge its report
 *   node .ci/audit.mjs --report x.json  judge a saved report (npm audit --omit=dev --json)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const blocking = new Set(['high', 'critical']);

/** The GitHub advisory ids (GHSA-…) and titles behind one vulnerable package. */
function advisoriesOf(vulnerability) {
  return (vulnerability.via ?? [])
    .filter((via) => typeof via === 'object')
    .map((via) => ({
      id: /GHSA-[\w-]+/.exec(via.url ?? '')?.[0] ?? String(via.source ?? ''),
      title: via.title ?? '',
      url: via.url ?? '',
      severity: via.severity ?? vulnerability.severity,
    }));
}

/**
 * Judges one `npm audit --json` report. Returns what blocks (high or critical, not excepted), what
 * an exception let through, or why nothing could be checked.
 */
export function judgeAudit(report, exceptions, today = new Date()) {
  if (!report || typeof report !== 'object') return { unavailable: 'npm audit printed no report' };
  if (!report.vulnerabilities) {
    const reason =
      report.message ?? report.error?.summary ?? 'npm audit returned no list of vulnerabilities';
    return { unavailable: String(reason) };
  }
  const live = exceptions.filter(
    (exception) => !exception.until || new Date(exception.until) >= today,
  );
  const excepted = (name, advisories) =>
    live.find(
      (exception) =>
        exception.package === name ||
        advisories.some((advisory) => advisory.id && advisory.id === exception.advisory),
    );
  const blocked = [];
  const allowed = [];
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
    if (!blocking.has(vulnerability.severity)) continue;
    const advisories = advisoriesOf(vulnerability);
    const finding = { name, severity: vulnerability.severity, advisories };
    const exception = excepted(name, advisories);
    if (exception) allowed.push({ ...finding, reason: exception.reason });
    else blocked.push(finding);
  }
  return { blocked, allowed };
}

function main() {
  const reportAt = process.argv.indexOf('--report');
  let text;
  if (reportAt > 0) text = readFileSync(process.argv[reportAt + 1], 'utf8');
  else {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
    text = run.stdout;
  }
  let report = null;
  try {
    report = JSON.parse(text);
  } catch {
    // Not JSON: handled as "no report" below.
  }
  const exceptions = JSON.parse(
    readFileSync(new URL('./audit-exceptions.json', import.meta.url), 'utf8'),
  ).exceptions;
  const verdict = judgeAudit(report, exceptions);
  if (verdict.unavailable) {
    const registry = spawnSync('npm', ['config', 'get', 'registry'], {
      encoding: 'utf8',
    }).stdout.trim();
    console.log(
      `audit: NOT CHECKED. The registry (${registry}) did not answer npm's audit request: ${verdict.unavailable}.`,
    );
    console.log(
      'audit: the production dependencies were not checked for known vulnerabilities in this run. Run "npm audit --omit=dev" where the public registry is reachable.',
    );
    process.exitCode = process.env.AUDIT_REQUIRED === '1' ? 1 : 0;
    return;
  }
  for (const finding of verdict.allowed)
    console.log(
      `audit: allowed by .ci/audit-exceptions.json: ${finding.name} (${finding.severity}): ${finding.reason}`,
    );
  for (const finding of verdict.blocked) {
    console.error(
      `audit: ${finding.severity.toUpperCase()}: ${finding.name}: ${finding.advisories.map((advisory) => `${advisory.title} ${advisory.url}`.trim()).join('; ') || 'through a vulnerable dependency'}`,
    );
  }
  if (verdict.blocked.length) {
    console.error(
      `audit: ${verdict.blocked.length} high or critical finding(s) in the production dependencies. Update them, or add an exception with its reason to .ci/audit-exceptions.json.`,
    );
    process.exitCode = 1;
  } else console.log('audit: no high or critical advisories in the production dependencies.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
