import { fillTemplate } from '../../messages/issues';
import { reportText } from '../../messages/zh-CN';
import type { MonthlyAnalysis } from '../../model/analyseMonth';
import { isTimeout } from '../../model/compute/incidentFigures';
import type { Incident } from '../../model/records';
import type { Block, ChartSpec } from '../document';
import { headerRow, textCell } from '../tableGrid';
import { orderDepartments } from './orderDepartments';
import { limitListing } from '../listLimit';

/** 四、故障分析与改进建议: trend sentences and chart, cause and department charts, one table per department. */
export function buildIncidentsSection(analysis: MonthlyAnalysis): Block[] {
  return [
    { kind: 'heading', level: 1, text: reportText.incidentsHeading },
    ...trendBlocks(analysis),
    ...typeBlocks(analysis),
    ...handlingBlocks(analysis),
  ];
}

function trendBlocks(analysis: MonthlyAnalysis): Block[] {
  const figures = analysis.incidentFigures;
  const month = analysis.month.month;
  const limits = analysis.settings.timeLimitMinutes;
  const trendChart: ChartSpec = {
    id: 'incidents-by-month',
    kind: 'line',
    title: fillTemplate(reportText.trendChartTitle, { year: analysis.month.year }),
    categories: Object.keys(figures.byMonth).map((number) => `${number}月`),
    series: [{ name: reportText.countUnit, values: Object.values(figures.byMonth) }],
    valueAxisTitle: reportText.countUnit,
  };

  return [
    { kind: 'heading', level: 2, text: reportText.trendHeading },
    {
      kind: 'paragraph',
      text: fillTemplate(reportText.trendTotals, {
        month,
        total: figures.total,
        nonFault: analysis.settings.nonFaultTypes.join('、'),
        faults: figures.faults,
      }),
    },
    { kind: 'chart', chart: trendChart },
    {
      kind: 'paragraph',
      text: fillTemplate(reportText.trendLevels, {
        month,
        level1: figures.byLevel['1'],
        level2: figures.byLevel['2'],
        level3: figures.byLevel['3'],
        timeouts: figures.timeouts,
      }),
    },
    {
      kind: 'paragraph',
      emphasis: 'note',
      text: fillTemplate(reportText.trendLimits, {
        limit1: formatLimit(limits['1']),
        limit2: formatLimit(limits['2']),
        limit3: formatLimit(limits['3']),
      }),
    },
  ];
}

function typeBlocks(analysis: MonthlyAnalysis): Block[] {
  const figures = analysis.incidentFigures;
  const month = analysis.month.month;
  const departments = orderDepartments(Object.keys(figures.byDepartment), analysis.settings.departments);

  return [
    { kind: 'heading', level: 2, text: reportText.typesHeading },
    { kind: 'paragraph', text: reportText.byCauseLabel },
    {
      kind: 'chart',
      chart: {
        id: 'incidents-by-cause',
        kind: 'pie',
        title: fillTemplate(reportText.byCauseChartTitle, { month }),
        categories: Object.keys(figures.byType),
        series: [{ name: reportText.countUnit, values: Object.values(figures.byType) }],
      },
    },
    { kind: 'paragraph', text: reportText.byDepartmentLabel },
    {
      kind: 'chart',
      chart: {
        id: 'incidents-by-department',
        kind: 'column',
        title: fillTemplate(reportText.byDepartmentChartTitle, { month }),
        categories: departments,
        series: [{ name: reportText.countUnit, values: departments.map((department) => figures.byDepartment[department] ?? 0) }],
        valueAxisTitle: reportText.countUnit,
      },
    },
  ];
}

function handlingBlocks(analysis: MonthlyAnalysis): Block[] {
  const categories = Object.entries(analysis.incidentFigures.byCategory)
    .map(([name, count]) => fillTemplate(reportText.countEntry, { name, count, unit: reportText.countUnit }))
    .join(reportText.listSeparator);
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: reportText.handlingHeading }];
  if (analysis.monthIncidents.length === 0) {
    return [...blocks, { kind: 'paragraph', text: reportText.noIncidents }];
  }

  blocks.push({ kind: 'paragraph', text: fillTemplate(reportText.handlingSummary, { categories }) });
  blocks.push({ kind: 'heading', level: 3, text: reportText.incidentTablesHeading });
  const departments = orderDepartments(
    [...new Set(analysis.monthIncidents.map((incident) => incident.department))],
    analysis.settings.departments,
  );
  departments.forEach((department, index) => {
    const incidents = analysis.monthIncidents.filter((incident) => incident.department === department);
    blocks.push({ kind: 'heading', level: 3, text: fillTemplate(reportText.departmentIncidents, { department, count: incidents.length }) });
    const { shown, note } = limitListing(incidents);
    blocks.push(incidentTable(`incidents-${index + 1}`, shown, analysis), ...note);
  });
  return blocks;
}

function incidentTable(id: string, incidents: Incident[], analysis: MonthlyAnalysis): Block {
  const rows = incidents.map((incident) => [
    textCell(incident.display.date, { align: 'center' }),
    textCell(incident.display.duration, {
      align: 'center',
      tone: isTimeout(incident, analysis.settings) ? 'bad' : undefined,
    }),
    textCell(incident.display.level, { align: 'center' }),
    textCell(incident.object, { align: 'center' }),
    textCell(incident.type, { align: 'center' }),
    textCell(incident.description),
    textCell(incident.measures),
  ]);
  return {
    kind: 'table',
    table: {
      id,
      columns: [12, 12, 7, 12, 9, 42, 16].map((width) => ({ width })),
      headerRows: [headerRow(reportText.incidentColumns)],
      rows,
      landscape: true,
    },
  };
}

function formatLimit(minutes: number): string {
  return minutes % 60 === 0
    ? fillTemplate(reportText.hours, { value: minutes / 60 })
    : fillTemplate(reportText.minutes, { value: minutes });
}
