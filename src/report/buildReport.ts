import type { MonthlyAnalysis } from '../model/analyseMonth';
import { formatReportMonth } from '../model/reportMonth';
import type { ReportDocument } from './document';
import { buildCover } from './sections/coverSection';
import { buildEquipmentSection } from './sections/equipmentSection';
import { buildIncidentsSection } from './sections/incidentsSection';
import {
  buildDataCheckSection,
  buildDocumentsSection,
  buildKeyInfoSection,
  buildQualityIssuesSection,
  buildServicesSection,
} from './sections/simpleSections';
import { buildTargetsSection } from './sections/targetsSection';

/**
 * Builds the report document of a month: cover, 目录, sections 一 to 七 in
 * the user's order and wording, then the data-check list.
 */
export function buildReport(analysis: MonthlyAnalysis, today: { year: number; month: number; day: number }): ReportDocument {
  return {
    month: formatReportMonth(analysis.month),
    cover: buildCover(analysis, today),
    blocks: [
      { kind: 'toc' },
      { kind: 'pageBreak' },
      ...buildKeyInfoSection(analysis),
      ...buildTargetsSection(analysis),
      ...buildQualityIssuesSection(analysis),
      ...buildIncidentsSection(analysis),
      ...buildEquipmentSection(analysis),
      ...buildServicesSection(analysis),
      ...buildDocumentsSection(analysis),
      ...buildDataCheckSection(analysis),
    ],
  };
}
