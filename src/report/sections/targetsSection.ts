import { fillTemplate } from '../../messages/issues';
import { reportText } from '../../messages/zh-CN';
import type { MonthlyAnalysis } from '../../model/analyseMonth';
import type { TargetValueFigure } from '../../model/compute/targetFigures';
import type { Block, TableCell } from '../document';
import { attainmentTone } from '../tones';
import { headerRow, mergeRuns, textCell, verdictCell } from '../tableGrid';

/** Columns merged over a target group: 目标, 目标值, 累计值, 本月值 and the group's 达标情况. */
const GROUP_COLUMNS = [1, 2, 3, 4, 5];

/** 二、质量目标完成情况跟踪: the target table with a 达标情况 column per target and per indicator. */
export function buildTargetsSection(analysis: MonthlyAnalysis): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: reportText.targetsHeading }];
  if (analysis.targets.length === 0) {
    return [...blocks, { kind: 'paragraph', text: reportText.targetsEmpty }];
  }

  const rows: TableCell[][] = [];
  const groupKeys: string[] = [];
  const categoryKeys: string[] = [];
  analysis.targets.forEach((group, groupIndex) => {
    const indicators = group.indicators.length > 0 ? group.indicators : [undefined];
    for (const indicator of indicators) {
      rows.push([
        textCell(group.category, { align: 'center' }),
        textCell(group.target, { align: 'center' }),
        textCell(group.targetValue, { align: 'center' }),
        valueCell(group.ytd),
        valueCell(group.month),
        verdictCell(group.status, attainmentTone(group.status)),
        textCell(indicator?.indicator ?? ''),
        textCell(indicator?.target ?? '', { align: 'center' }),
        indicator ? valueCell(indicator.ytd) : textCell(''),
        indicator ? valueCell(indicator.month) : textCell(''),
        textCell(indicator?.responsible ?? '', { align: 'center' }),
        textCell(indicator?.provider ?? '', { align: 'center' }),
        textCell(indicator?.frequency ?? '', { align: 'center' }),
        indicator ? verdictCell(indicator.status, attainmentTone(indicator.status)) : textCell(''),
      ]);
      groupKeys.push(`group-${groupIndex}`);
      categoryKeys.push(group.category);
    }
  });
  for (const column of GROUP_COLUMNS) {
    mergeRuns(rows, column, groupKeys);
  }
  mergeRuns(rows, 0, categoryKeys);

  return [
    ...blocks,
    { kind: 'paragraph', text: summarise(analysis) },
    {
      kind: 'table',
      table: {
        id: 'targets',
        columns: [7, 11, 8, 8, 6, 8, 20, 8, 8, 6, 10, 10, 7, 8].map((width) => ({ width })),
        headerRows: [headerRow(reportText.targetsColumns)],
        rows,
        landscape: true,
      },
    },
    { kind: 'paragraph', text: rulesNote(analysis), emphasis: 'note' },
  ];
}

function valueCell(figure: TargetValueFigure): TableCell {
  return textCell(figure.text, { align: 'center', number: figure.text === String(figure.value) ? (figure.value ?? undefined) : undefined });
}

function summarise(analysis: MonthlyAnalysis): string {
  const statuses = analysis.targets.flatMap((group) => group.indicators.map((indicator) => indicator.status));
  const count = (status: string) => statuses.filter((value) => value === status).length;
  return fillTemplate(reportText.targetsSummary, {
    groups: analysis.targets.length,
    indicators: statuses.length,
    met: count('达标'),
    missed: count('未达标'),
    inProgress: count('进行中'),
    notApplicable: count('不适用'),
    missing: count('数据缺失'),
  });
}

function rulesNote(analysis: MonthlyAnalysis): string {
  const ytdRule = analysis.incidentFigures.hasEarlierMonths ? reportText.ytdFromLogs : reportText.ytdTypedPlusMonth;
  return fillTemplate(reportText.targetsRules, { ytdRule });
}
