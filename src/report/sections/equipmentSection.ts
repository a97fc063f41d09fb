import { fillTemplate } from '../../messages/issues';
import { reportText } from '../../messages/zh-CN';
import type { MonthlyAnalysis } from '../../model/analyseMonth';
import type { JudgedEquipment } from '../../model/compute/equipmentFigures';
import { WARRANTY_STATUSES } from '../../model/compute/equipmentStatus';
import { equipmentWarning } from '../../model/compute/equipmentWarning';
import { formatDate } from '../../model/parse/calendarDate';
import { asOfDate } from '../../model/reportMonth';
import type { Block, TableCell } from '../document';
import { equipmentTone } from '../tones';
import { headerRow, mergeRuns, numberCell, textCell } from '../tableGrid';
import { orderDepartments } from './orderDepartments';
import { limitListing } from '../listLimit';

/** 五、重要设备情况跟踪: the maintenance notes, the warning summary and one ledger table per department. */
export function buildEquipmentSection(analysis: MonthlyAnalysis): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: reportText.equipmentHeading }];
  if (analysis.maintenanceNotes.length > 0) {
    blocks.push({ kind: 'bullets', items: analysis.maintenanceNotes });
  }
  if (analysis.equipment.total === 0) {
    return [...blocks, { kind: 'paragraph', text: reportText.noEquipment }];
  }

  const departments = orderDepartments(Object.keys(analysis.equipment.byDepartment), analysis.settings.departments);
  blocks.push({ kind: 'paragraph', text: summarise(analysis) });
  blocks.push(summaryTable(analysis, departments));
  blocks.push({ kind: 'heading', level: 3, text: reportText.equipmentTablesHeading });
  departments.forEach((department, index) => {
    const items = analysis.equipment.items.filter((item) => item.record.department === department);
    blocks.push({ kind: 'heading', level: 3, text: department });
    const { shown, note } = limitListing(items);
    blocks.push(ledgerTable(`equipment-${index + 1}`, shown), ...note);
  });
  return blocks;
}

function summarise(analysis: MonthlyAnalysis): string {
  const { equipment } = analysis;
  const warranty = WARRANTY_STATUSES.filter((status) => (equipment.byWarranty[status] ?? 0) > 0)
    .map((status) => fillTemplate(reportText.countEntry, { name: status, count: equipment.byWarranty[status], unit: reportText.unitDevice }))
    .join(reportText.listSeparator);
  return fillTemplate(reportText.equipmentSummary, {
    asOf: formatDate(asOfDate(analysis.month)),
    total: equipment.total,
    warranty,
    overLife: equipment.byLife['超期服役'] ?? 0,
    highRisk: equipment.highRisk,
  });
}

function summaryTable(analysis: MonthlyAnalysis, departments: string[]): Block {
  const rowFor = (items: JudgedEquipment[], label: string, bold = false): TableCell[] => [
    textCell(label, { align: 'center', bold }),
    numberCell(items.length, { bold }),
    ...WARRANTY_STATUSES.map((status) => numberCell(items.filter((item) => item.status.warranty === status).length, { bold })),
    numberCell(items.filter((item) => item.status.life === '超期服役').length, { bold }),
    numberCell(items.filter((item) => item.status.highRisk).length, { bold }),
  ];
  const rows = departments.map((department) =>
    rowFor(analysis.equipment.items.filter((item) => item.record.department === department), department),
  );
  rows.push(rowFor(analysis.equipment.items, reportText.servicesTotal, true));

  return {
    kind: 'table',
    table: {
      id: 'equipment-summary',
      columns: [14, 7, 6, 8, 7, 6, 7, 10, 8, 8, 7].map((width) => ({ width })),
      headerRows: [headerRow(reportText.equipmentSummaryColumns)],
      rows,
      totalRow: true,
      landscape: true,
    },
  };
}

function ledgerTable(id: string, items: JudgedEquipment[]): Block {
  const [basic, dynamic, progress, warning] = reportText.equipmentGroupRow;
  const groupRow: TableCell[] = [
    { text: basic, colSpan: 4, bold: true, align: 'center' },
    { text: '', covered: true },
    { text: '', covered: true },
    { text: '', covered: true },
    { text: dynamic, colSpan: 3, bold: true, align: 'center' },
    { text: '', covered: true },
    { text: '', covered: true },
    { text: progress, rowSpan: 2, bold: true, align: 'center' },
    { text: warning, rowSpan: 2, bold: true, align: 'center' },
  ];
  const titleRow: TableCell[] = [...headerRow(reportText.equipmentColumns), { text: '', covered: true }, { text: '', covered: true }];

  const rows = items.map((item) => [
    textCell(item.record.group, { align: 'center' }),
    textCell(item.record.name),
    textCell(item.record.display.startDate, { align: 'center' }),
    textCell(item.record.display.life, { align: 'center' }),
    textCell(item.record.spare, { align: 'center' }),
    textCell(item.record.maintenanceText),
    textCell(item.record.history),
    textCell(item.record.progress),
    textCell(equipmentWarning(item.status), { align: 'center', tone: equipmentTone(item.status) }),
  ]);
  mergeRuns(rows, 0, items.map((item) => item.record.group));

  return {
    kind: 'table',
    table: {
      id,
      columns: [9, 18, 10, 8, 6, 15, 18, 15, 17].map((width) => ({ width })),
      headerRows: [groupRow, titleRow],
      rows,
      landscape: true,
    },
  };
}
