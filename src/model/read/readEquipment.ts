import type { Diagnostic } from '../diagnostic';
import { parseDate } from '../parse/parseDate';
import { parseMaintenance, Maintenance } from '../parse/parseMaintenance';
import { parseServiceLife } from '../parse/parseServiceLife';
import { isPlaceholder } from '../parse/normalizeText';
import type { EquipmentRecord } from '../records';
import type { Settings } from '../settings';
import { findDepartment } from '../sources/findDepartment';
import type { RecognisedSource } from '../sources/recogniseSource';
import { isTotalRow, tableRows } from '../sources/tableRows';
import { CellReader } from './cellReader';

/** An equipment row with its parsed maintenance, ready for the warranty verdicts. */
export interface EquipmentEntry {
  record: EquipmentRecord;
  maintenance: Maintenance | null;
  /** Reports a problem on the row's maintenance or start-date cell. */
  reader: CellReader;
  row: Parameters<CellReader['text']>[0];
}

/**
 * Reads an equipment ledger (重要设备). 设备类型 cells under a merged group
 * label take the label.
 */
export function readEquipment(
  recognised: RecognisedSource,
  settings: Settings,
  reportYear: number,
): { entries: EquipmentEntry[]; diagnostics: Diagnostic[] } {
  const reader = new CellReader(recognised);
  const { source } = recognised;
  const department =
    findDepartment([recognised.titleText, source.origin.sheet, source.origin.file], settings.departments) ?? '';
  const entries: EquipmentEntry[] = [];
  const dateContext = { defaultYear: reportYear, date1904: source.date1904 };

  for (const row of tableRows(recognised, ['group'])) {
    const name = reader.text(row, 'name');
    if (name === '' || isTotalRow(row.cells) || reader.reportErrorValues(row, ['name'])) {
      continue;
    }
    reader.reportErrorValues(row, ['group', 'spare', 'history', 'progress', 'department']);

    const startDate = reader.parse(row, 'startDate', (value) =>
      parseDate(value, { ...dateContext, numberFormat: row.numberFormat('startDate'), treatNumbersAsSerials: true }),
    );
    const life = reader.parse(row, 'life', parseServiceLife);
    // A number in 维保情况 is a date cell even where the number format is unknown (Office.js values alone).
    const maintenance = reader.parse(row, 'maintenance', (value) =>
      parseMaintenance(value, { ...dateContext, numberFormat: row.numberFormat('maintenance'), treatNumbersAsSerials: true }),
    );
    const spare = reader.text(row, 'spare');
    const rowDepartment = reader.text(row, 'department');

    entries.push({
      reader,
      row,
      maintenance,
      record: {
        origin: reader.origin(row),
        department: rowDepartment === '' ? department : (findDepartment([rowDepartment], settings.departments) ?? rowDepartment),
        group: reader.text(row, 'group'),
        name,
        startDate,
        life,
        spare,
        hasSpare: spare !== '' && !isPlaceholder(spare),
        maintenanceText: reader.text(row, 'maintenance'),
        maintenanceEnd: maintenance?.end ?? null,
        history: reader.text(row, 'history'),
        progress: reader.text(row, 'progress'),
        display: { startDate: reader.text(row, 'startDate'), life: reader.text(row, 'life') },
      },
    });
  }
  return { entries, diagnostics: [...recognised.diagnostics, ...reader.diagnostics] };
}
