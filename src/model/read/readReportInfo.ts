import { ReportInfo, reportInfoSchema } from '../records';
import { displayText } from '../sources/displayText';
import { headerKey } from '../sources/headerKey';
import type { Source } from '../sources/source';

/** Keys of the 报告信息 sheet and the report-info fields they fill. */
const KEY_FIELDS: Record<string, keyof ReportInfo> = {
  编号: 'documentNumber',
  文件编号: 'documentNumber',
  版本号: 'version',
  受控状态: 'controlStatus',
  编制单位: 'organisation',
  编制部门: 'compilingDepartment',
  报告月份: 'reportMonth',
  编制日期: 'compiledDate',
  版权声明: 'notice',
  版权声明和保密须知: 'notice',
};

/** Reads the key/value rows of a 报告信息 sheet; unknown keys are ignored. */
export function readReportInfo(source: Source): ReportInfo {
  const entries: Partial<Record<keyof ReportInfo, string>> = {};
  source.values.forEach((row, index) => {
    const field = KEY_FIELDS[headerKey(row[0])];
    if (field && Object.prototype.hasOwnProperty.call(KEY_FIELDS, headerKey(row[0]))) {
      entries[field] = displayText(row[1], source.numberFormats?.[index]?.[1], source.date1904);
    }
  });
  return reportInfoSchema.parse(entries);
}
