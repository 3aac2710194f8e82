import { describe, expect, it } from 'vitest';
import { certificateReference } from '../../../src/components/journey/Certificate';
import { progressRecordText } from '../../../src/components/journey/ModuleSummary';
import { courseStatus, noPriorStatus } from '../../../src/progress/course-status';
import { tinyCourse } from '../../tracking/support/courses';
import { translate } from '../../helpers/catalogue';

const course = tinyCourse();
const finish = { ending: 'poor-ending', outcome: 'poor', score: 2, maxScore: 20 } as const;

describe('the record of progress a learner can keep', () => {
  it('lists what is finished part-way, without a score out of cases still to do', () => {
    const records = {
      'flag-route': {
        choices: ['letter', 'discharge'],
        scored: ['letter', 'discharge'],
        at: 'poor-ending',
        finished: finish,
      },
      'flag-route-copy': undefined,
    };
    const text = progressRecordText(
      course,
      { records, status: courseStatus(course, records, noPriorStatus) },
      new Date(Date.UTC(2026, 11, 6, 10, 30)),
      25 * 60,
      translate('en'),
    );
    expect(text).toContain('Time spent in the cases on this device: 25 minutes');
    expect(text).toContain('Finished 1 of 2 required scenarios.');
    expect(text).toContain('Overall score: given once every required scenario is finished.');
    expect(text).toContain('- Flag route: finished: poor outcome, 2 of 20 points (first answers)');
    expect(text).toContain('- Flag route again: not started');
  });

  it('gives the score and the pass or not once everything required is finished', () => {
    const records = {
      'flag-route': { choices: [], at: 'opening', finished: finish },
      'flag-route-copy': { choices: [], at: 'opening', finished: { ...finish, score: 20 } },
    };
    const text = progressRecordText(
      course,
      { records, status: courseStatus(course, records, noPriorStatus) },
      new Date(),
      0,
      translate('en'),
    );
    expect(text).toContain('Overall score: 55% (pass mark 70%), below the pass mark.');
  });

  it('is written in the page language, date included', () => {
    const records = {
      'flag-route': { choices: [], at: 'opening', finished: finish },
      'flag-route-copy': undefined,
    };
    const text = progressRecordText(
      course,
      { records, status: courseStatus(course, records, noPriorStatus) },
      new Date(Date.UTC(2026, 11, 6, 10, 30)),
      25 * 60,
      translate('cy'),
      'cy',
    );
    expect(text).toContain('Amser a dreuliwyd yn yr achosion ar y ddyfais hon: 25 munud');
    expect(text).toContain("Wedi gorffen 1 o'r 2 senario gofynnol.");
    expect(text).toContain(
      '- Flag route: wedi gorffen: canlyniad gwael, 2 o 20 pwynt (atebion cyntaf)',
    );
    expect(text).toContain('Rhagfyr 2026');
    expect(text).not.toMatch(/Finished|not started|Overall score|December/);
  });
});

describe('the certificate reference', () => {
  it('is the same for the same learner, module and date, and differs for another learner', () => {
    const reference = certificateReference(course, 'Dr Sam Example', '6 December 2026');
    expect(reference).toMatch(/^ATI-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$/);
    expect(certificateReference(course, ' dr sam example ', '6 December 2026')).toBe(reference);
    expect(certificateReference(course, 'Dr Alex Example', '6 December 2026')).not.toBe(reference);
  });
});
