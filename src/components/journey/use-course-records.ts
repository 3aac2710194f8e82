import { useEffect, useState } from 'react';
import type { CourseInfo } from '../../tracking/course-info';
import { courseStatus, noPriorStatus, type CourseStatus } from '../../progress/course-status';
import type { ScenarioRecord } from '../../progress/progress-store';
import { getProgressStore } from '../../tracking/launcher-session';

export interface CourseRecords {
  records: Record<string, ScenarioRecord | undefined>;
  status: CourseStatus;
}

/**
 * The learner's records for every scenario and the module's status by the same rules the LMS is
 * told, read after hydration (the server cannot know them).
 */
export function useCourseRecords(course: CourseInfo): CourseRecords | null {
  const [state, setState] = useState<CourseRecords | null>(null);
  useEffect(() => {
    const store = getProgressStore();
    const records = Object.fromEntries(
      course.scenarios.map((scenario) => [scenario.id, store.load(scenario.id) ?? undefined]),
    );
    setState({ records, status: courseStatus(course, records, noPriorStatus) });
  }, [course]);
  return state;
}

/** The overall score as the module reports it, or 0 before anything is finished. */
export const overallScore = (status: CourseStatus) => Math.round(status.score ?? 0);
