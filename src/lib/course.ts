import { buildCourseInfo, type CourseInfo } from '../tracking/course-info';
import { moduleSettings } from '../settings/module-settings';
import { scenarioCatalogue } from './scenario-catalogue';

/** Ids, scores and settings for the scenarios in this module, as status rules need them. */
export async function courseInfo(): Promise<CourseInfo> {
  const catalogue = await scenarioCatalogue();
  return buildCourseInfo(
    moduleSettings,
    catalogue.map((item) => item.scenario),
  );
}
