import { fillTemplate } from '../messages/issues';
import { functionText } from '../messages/zh-CN';
import { knownCategories } from '../model/compute/selectIncidents';
import type { Incident } from '../model/records';
import type { Settings } from '../model/settings';
import { headerKey } from '../model/sources/headerKey';
import { optionalTextArgument } from './cellArgument';
import { invalidValue, notAvailable } from './excelError';

/**
 * Reads an optional service-category argument (网络类, 网站类, 公共应用类,
 * 数据中心类, or a category of the user's rules) and checks that every
 * incident's department is known, since the category depends on it.
 * Returns undefined when omitted. Throws #VALUE! for an unknown category and
 * #N/A when an incident's department is unknown.
 *
 * Example: `categoryArgument('网络类', incidents, settings)` → '网络类'.
 */
export function categoryArgument(
  value: unknown,
  incidents: Incident[],
  settings: Settings
): string | undefined {
  const cell = optionalTextArgument(value);
  if (cell === undefined) {
    return undefined;
  }

  const allowed = knownCategories(settings);
  const category = allowed.find((name) => headerKey(name) === headerKey(String(cell)));
  if (category === undefined) {
    throw invalidValue(
      fillTemplate(functionText.categoryUnknown, {
        input: String(cell),
        allowed: allowed.join('、'),
      })
    );
  }

  const unknownDepartment = incidents.find((incident) => incident.department === '');
  if (unknownDepartment) {
    throw notAvailable(
      fillTemplate(functionText.departmentUnknown, { row: unknownDepartment.origin.row })
    );
  }
  return category;
}
