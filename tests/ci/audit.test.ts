import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../.ci/audit.mjs';

/** A trimmed `npm audit --omit=dev --json` report with one vulnerable package. */
const report = (severity: string) => ({
  auditReportVersion: 2,
  vulnerabilities: {
    'left-pad': {
      name: 'left-pad',
      severity,
      via: [
        {
          source: 1,
          name: 'left-pad',
          title: 'Prototype pollution',
          url: 'https://github.com/advisories/GHSA-abcd-1234-wxyz',
          severity,
        },
      ],
    },
  },
});

describe('judging npm audit in CI', () => {
  it('blocks a high or critical advisory and names it', () => {
    const verdict = judgeAudit(report('critical'), []);
    expect(verdict.blocked).toEqual([
      {
        name: 'left-pad',
        severity: 'critical',
        advisories: [
          expect.objectContaining({ id: 'GHSA-abcd-1234-wxyz', title: 'Prototype pollution' }),
        ],
      },
    ]);
  });

  it('lets moderate and low ones through', () => {
    expect(judgeAudit(report('moderate'), []).blocked).toEqual([]);
  });

  it('accepts a documented exception until its date, by advisory or package', () => {
    const exception = {
      advisory: 'GHSA-abcd-1234-wxyz',
      reason: 'Only reachable from the build, not shipped code.',
      until: '2027-01-31',
    };
    expect(judgeAudit(report('high'), [exception], new Date('2026-12-01'))).toEqual({
      blocked: [],
      allowed: [expect.objectContaining({ name: 'left-pad', reason: exception.reason })],
    });
    expect(judgeAudit(report('high'), [exception], new Date('2027-02-01')).blocked).toHaveLength(1);
    expect(judgeAudit(report('high'), [{ package: 'left-pad', reason: 'x' }]).blocked).toEqual([]);
  });

  it('says the audit could not run when the registry refuses it, rather than pass or fail it', () => {
    const refused = {
      message:
        '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    };
    expect(judgeAudit(refused, [])).toEqual({ unavailable: refused.message });
    expect(judgeAudit(null, [])).toEqual({ unavailable: 'npm audit printed no report' });
  });
});
