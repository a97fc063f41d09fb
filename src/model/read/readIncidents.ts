import type { Settings } from '../settings';
import { parseDate } from '../parse/parseDate';
import { parseDuration } from '../parse/parseDuration';
import { parseLevel } from '../parse/parseLevel';
import type { Incident } from '../records';
import { findDepartment } from '../sources/findDepartment';
import type { RecognisedSource } from '../sources/recogniseSource';
import { headerKey } from '../sources/headerKey';
import { formatNumber } from '../sources/displayText';
import { isTimeFormat } from '../parse/numberFormat';
import { isTotalRow, tableRows } from '../sources/tableRows';
import { classifyIncident } from '../compute/classifyIncident';
import { CellReader } from './cellReader';
import type { Diagnostic } from '../diagnostic';

/**
 * Reads an incident log (故障登记). A date without a year takes the year of the
 * sheet title, else `reportYear`. Rows missing a date are reported and dropped,
 * since they belong to no month.
 */
export function readIncidents(
  recognised: RecognisedSource,
  settings: Settings,
  reportYear: number,
): { incidents: Incident[]; diagnostics: Diagnostic[] } {
  const reader = new CellReader(recognised);
  const { source } = recognised;
  const defaultYear = titleYear(recognised.titleText) ?? reportYear;
  const sheetDepartment = findDepartment([recognised.titleText, source.origin.sheet, source.origin.file], settings.departments);
  const incidents: Incident[] = [];

  const numberUnitMinutes = durationUnitMinutes(recognised);

  for (const row of tableRows(recognised)) {
    if (isTotalRow(row.cells)) {
      continue;
    }

    const date = reader.parse(row, 'date', (value) =>
      parseDate(value, { defaultYear, date1904: source.date1904, numberFormat: row.numberFormat('date'), treatNumbersAsSerials: true }),
    );
    const duration = reader.parse(row, 'duration', (value) =>
      parseDuration(value, { numberFormat: row.numberFormat('duration'), numberUnitMinutes }),
    );
    reader.reportErrorValues(row, TEXT_FIELDS);
    const level = reader.parse(row, 'level', parseLevel);
    const department = departmentOf(reader, row, settings) ?? sheetDepartment ?? '';
    const object = reader.plainText(row, 'object');
    const type = reader.plainText(row, 'type');

    if (date === null) {
      reportMissing(reader, row, 'date', 'incident.missingDate');
      continue;
    }
    if (duration === null) {
      reportMissing(reader, row, 'duration', 'incident.missingDuration', 'warning');
    }
    if (reader.text(row, 'type') === '') {
      reader.report(row, 'type', { code: 'incident.missingType', input: '' }, 'warning');
    }

    incidents.push({
      origin: reader.origin(row),
      department,
      date,
      durationMinutes: duration?.minutes ?? null,
      level,
      object,
      type,
      description: reader.plainText(row, 'description'),
      measures: reader.plainText(row, 'measures'),
      category: classifyIncident(department, object, settings),
      display: { date: reader.text(row, 'date'), duration: durationText(reader, row), level: reader.text(row, 'level') },
    });
  }
  return { incidents, diagnostics: [...recognised.diagnostics, ...reader.diagnostics] };
}

/** Reports a missing value only when the cell is blank; a cell that failed to parse is already reported. */
function reportMissing(
  reader: CellReader,
  row: Parameters<CellReader['text']>[0],
  field: string,
  code: 'incident.missingDate' | 'incident.missingDuration',
  severity: 'error' | 'warning' = 'error',
): void {
  if (reader.text(row, field) === '') {
    reader.report(row, field, { code, input: '' }, severity);
  }
}

function departmentOf(reader: CellReader, row: Parameters<CellReader['text']>[0], settings: Settings): string | undefined {
  const text = reader.text(row, 'department');
  if (text === '') {
    return undefined;
  }
  return findDepartment([text], settings.departments) ?? text;
}

/** The duration as shown, with a bare number rounded to hundredths so export noise (10.0000000745) reads 10. */
function durationText(reader: CellReader, row: Parameters<CellReader['text']>[0]): string {
  const value = row.value('duration');
  if (typeof value === 'number' && !isTimeFormat(row.numberFormat('duration'))) {
    return formatNumber(Math.round(value * 100) / 100);
  }
  return reader.text(row, 'duration');
}

/** Fields read as plain text, where an error value must be reported rather than shown. */
const TEXT_FIELDS = ['object', 'type', 'description', 'measures', 'department'];

/**
 * Minutes per unit of a bare number in the duration column, from its title:
 * 故障时长（小时） gives 60, 处理时长(天) gives 1440, anything else 1 (minutes).
 */
function durationUnitMinutes(recognised: RecognisedSource): number {
  const column = recognised.columns.get('duration');
  const title = column === undefined ? '' : headerKey(recognised.source.values[recognised.headerRow]?.[column]);
  if (/\((小时|h)\)/i.test(title)) {
    return 60;
  }
  return /\(天\)/.test(title) ? 1440 : 1;
}

/** The four-digit year in a sheet title such as 网络部故障情况登记表（2022年）. */
export function titleYear(title: string): number | undefined {
  const match = /(19|20)\d{2}(?=\s*年)/.exec(title.normalize('NFKC'));
  return match ? Number(match[0]) : undefined;
}
