import { fillTemplate } from '../../messages/issues';
import { reportText } from '../../messages/zh-CN';
import type { MonthlyAnalysis } from '../../model/analyseMonth';
import { countBy } from '../../model/compute/incidentFigures';
import type { Severity } from '../../model/diagnostic';
import type { Block, CellTone, TableCell } from '../document';
import { headerRow, numberCell, textCell } from '../tableGrid';
import { limitListing } from '../listLimit';

const SEVERITY_TONES: Record<Severity, CellTone | undefined> = { error: 'bad', warning: 'warn', info: undefined };

/** 一、本月关键信息摘要. */
export function buildKeyInfoSection(analysis: MonthlyAnalysis): Block[] {
  const body: Block =
    analysis.keyInfo.length > 0 ? { kind: 'bullets', items: analysis.keyInfo } : { kind: 'paragraph', text: reportText.keyInfoEmpty };
  return [{ kind: 'heading', level: 1, text: reportText.keyInfoHeading }, body];
}

/** 三、质量问题处理情况跟踪. */
export function buildQualityIssuesSection(analysis: MonthlyAnalysis): Block[] {
  const heading: Block = { kind: 'heading', level: 1, text: reportText.qualityHeading };
  if (analysis.qualityIssues.length === 0) {
    return [heading, { kind: 'paragraph', text: reportText.qualityEmpty }];
  }

  const titles = reportText.qualityColumns.map((title) => fillTemplate(title, { year: analysis.month.year, month: analysis.month.month }));
  const rows = analysis.qualityIssues.map((issue) => [
    textCell(issue.issue),
    textCell(issue.raised, { align: 'center' }),
    textCell(issue.department, { align: 'center' }),
    textCell(issue.progress),
  ]);
  return [
    heading,
    { kind: 'table', table: { id: 'quality-issues', columns: [22, 12, 16, 40].map((width) => ({ width })), headerRows: [headerRow(titles)], rows } },
  ];
}

/** 六、中心常规业务办理情况, with a 合计 row computed from the rows. */
export function buildServicesSection(analysis: MonthlyAnalysis): Block[] {
  const heading: Block = { kind: 'heading', level: 1, text: reportText.servicesHeading };
  const services = analysis.services;
  if (!services) {
    return [heading, { kind: 'paragraph', text: reportText.servicesEmpty }];
  }

  const rows: TableCell[][] = services.rows.map((row) => [
    textCell(row.name),
    numberCell(row.inProgress),
    numberCell(row.completed),
    numberCell(row.overdue, row.overdue > 0 ? { tone: 'bad' } : {}),
  ]);
  rows.push([
    textCell(reportText.servicesTotal, { bold: true, align: 'center' }),
    numberCell(services.inProgress, { bold: true }),
    numberCell(services.completed, { bold: true }),
    numberCell(services.overdue, { bold: true }),
  ]);
  const rate = services.completionRate === null ? '—' : `${(services.completionRate * 100).toFixed(1)}%`;

  return [
    heading,
    {
      kind: 'paragraph',
      text: fillTemplate(reportText.servicesSummary, {
        inProgress: services.inProgress,
        completed: services.completed,
        rate,
        overdue: services.overdue,
      }),
    },
    {
      kind: 'table',
      table: {
        id: 'services',
        columns: [28, 16, 16, 16].map((width) => ({ width })),
        headerRows: [headerRow(reportText.servicesColumns)],
        rows,
        totalRow: true,
      },
    },
  ];
}

/** 七、本月 ISO 文件变更概要. */
export function buildDocumentsSection(analysis: MonthlyAnalysis): Block[] {
  const heading: Block = { kind: 'heading', level: 1, text: reportText.documentsHeading };
  if (analysis.documents.length === 0) {
    return [heading, { kind: 'paragraph', text: reportText.documentsEmpty }];
  }

  const byType = Object.entries(countBy(analysis.documents, (document) => document.changeType))
    .map(([name, count]) => fillTemplate(reportText.countEntry, { name, count, unit: reportText.unitItem }))
    .join(reportText.listSeparator);
  const rows = analysis.documents.map((document) => [
    textCell(document.index, { align: 'center' }),
    textCell(document.name),
    textCell(document.version, { align: 'center' }),
    textCell(document.changeType, { align: 'center' }),
    textCell(document.content),
    textCell(document.published, { align: 'center' }),
    textCell(document.location),
  ]);

  return [
    heading,
    { kind: 'paragraph', text: fillTemplate(reportText.documentsSummary, { total: analysis.documents.length, byType }) },
    {
      kind: 'table',
      table: {
        id: 'documents',
        columns: [5, 20, 7, 8, 32, 11, 22].map((width) => ({ width })),
        headerRows: [headerRow(reportText.documentsColumns)],
        rows,
        landscape: true,
      },
    },
  ];
}

/** 附：数据校验: every diagnostic with its file, sheet, cell, value and advice. */
export function buildDataCheckSection(analysis: MonthlyAnalysis): Block[] {
  const heading: Block = { kind: 'heading', level: 1, text: reportText.dataCheckHeading };
  const diagnostics = analysis.diagnostics;
  if (diagnostics.length === 0) {
    return [heading, { kind: 'paragraph', text: reportText.dataCheckNone }];
  }

  const { shown, note } = limitListing(diagnostics);
  const rows = shown.map((diagnostic, index) => [
    numberCell(index + 1),
    textCell(diagnostic.file),
    textCell(diagnostic.sheet),
    textCell(diagnostic.cell, { align: 'center' }),
    textCell(diagnostic.value),
    textCell(`【${reportText.severity[diagnostic.severity]}】${diagnostic.message}`, {
      tone: SEVERITY_TONES[diagnostic.severity],
    }),
  ]);
  const summary = fillTemplate(reportText.dataCheckSummary, {
    total: diagnostics.length,
    errors: diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
    warnings: diagnostics.filter((diagnostic) => diagnostic.severity !== 'error').length,
  });

  return [
    heading,
    { kind: 'paragraph', text: summary },
    {
      kind: 'table',
      table: {
        id: 'data-check',
        columns: [5, 16, 12, 7, 22, 48].map((width) => ({ width })),
        headerRows: [headerRow(reportText.dataCheckColumns)],
        rows,
        landscape: true,
      },
    },
    ...note,
  ];
}
