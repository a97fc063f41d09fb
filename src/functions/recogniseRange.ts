import { fillTemplate } from '../messages/issues';
import { functionText, roleLabels } from '../messages/zh-CN';
import { RecognisedSource, recogniseSource } from '../model/sources/recogniseSource';
import { ROLE_DEFINITIONS, SourceRole } from '../model/sources/roles';
import { invalidValue } from './excelError';
import { rangeSource } from './rangeSource';

/**
 * Recognises a range argument that includes its header row, exactly as the
 * report recognises a sheet. Throws #VALUE! listing the expected column
 * titles when no header of the wanted role is found.
 *
 * Example: the 网络部 故障登记 range A2:G9 → role 'incidents', header row 0.
 */
export function recogniseRange(values: unknown[][], role: SourceRole): RecognisedSource {
  const recognised = recogniseSource(rangeSource(values));
  const detail = { role: roleLabels[role], titles: expectedTitles(role) };
  if (!recognised) {
    throw invalidValue(fillTemplate(functionText.rangeUnrecognised, detail));
  }
  if (recognised.role !== role) {
    throw invalidValue(
      fillTemplate(functionText.rangeWrongRole, { ...detail, found: roleLabels[recognised.role] })
    );
  }
  return recognised;
}

/** The first title of every column of a role, e.g. 日期、持续时间、事件级别…. */
function expectedTitles(role: SourceRole): string {
  const definition = ROLE_DEFINITIONS.find((candidate) => candidate.role === role);
  return (definition?.fields ?? []).map((field) => field.titles[0]).join('、');
}
