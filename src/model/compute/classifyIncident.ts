import { headerKey } from '../sources/headerKey';
import type { Settings } from '../settings';

/**
 * Finds an incident's service category from the settings' rules, tried in
 * order: a rule matches when its department matches (or is empty) and one of
 * its keywords occurs in the incident object (or it has none).
 *
 * Example: ('网站平台部', '政府在线首页') → 网站类; ('网站平台部', '公务员之窗') → 公共应用类.
 */
export function classifyIncident(department: string, object: string, settings: Settings): string {
  const departmentKey = headerKey(department);
  const objectKey = headerKey(object);

  const rule = settings.categoryRules.find((candidate) => {
    const departmentMatches = candidate.department === '' || headerKey(candidate.department) === departmentKey;
    const objectMatches =
      candidate.objectKeywords.length === 0 || candidate.objectKeywords.some((keyword) => objectKey.includes(headerKey(keyword)));
    return departmentMatches && objectMatches;
  });
  return rule?.category ?? settings.defaultCategory;
}
