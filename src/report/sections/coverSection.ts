import { fillTemplate } from '../../messages/issues';
import { reportText } from '../../messages/zh-CN';
import type { MonthlyAnalysis } from '../../model/analyseMonth';
import type { CoverInfo } from '../document';

/** Builds the cover from the 报告信息 sheet, using the report month and today's date where the sheet has none. */
export function buildCover(analysis: MonthlyAnalysis, today: { year: number; month: number; day: number }): CoverInfo {
  const info = analysis.reportInfo;
  const notice = info.notice.trim();
  return {
    documentNumber: info.documentNumber,
    version: info.version,
    controlStatus: info.controlStatus,
    organisation: info.organisation,
    title: reportText.coverTitle,
    monthLabel: fillTemplate(reportText.monthLabel, { year: analysis.month.year, month: analysis.month.month }),
    compilingDepartment: info.compilingDepartment,
    compiledDate: info.compiledDate || fillTemplate(reportText.compiledDate, today),
    notice: notice === '' ? undefined : { title: reportText.noticeTitle, paragraphs: notice.split(/\r?\n/).filter((line) => line.trim() !== '') },
  };
}
