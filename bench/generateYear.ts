import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { equipmentLedgerSheet } from './equipmentLedger';
import { IncidentLogStyle, incidentLogSheet } from './incidentLog';
import { createRandom } from './random';
import type { GeneratedSheet } from './sheetCells';

/**
 * Ten departments: the five of the example month, in the settings' spelling
 * where it has a space (IDC 部), and five more an IT centre of that size has.
 */
export const YEAR_DEPARTMENTS = ['网络部', '网站平台部', '资源部', 'IDC 部', '安全和备份部', '云平台部', '数据资源部', '应用支撑部', '运维监控部', '终端服务部'];

export interface YearOptions {
  dir: string;
  year: number;
  /** Incident rows per department and month: 200 gives 24,000 rows for 10 departments. */
  incidentsPerMonth: number;
  /** Equipment rows per department: 600 gives 6,000 rows. */
  equipmentPerDepartment: number;
  seed: number;
}

export const DEFAULT_YEAR_OPTIONS: Omit<YearOptions, 'dir'> = { year: 2022, incidentsPerMonth: 200, equipmentPerDepartment: 600, seed: 20221130 };

export interface GeneratedYear {
  /** The department workbooks, one per department. */
  files: string[];
  /** A settings file that names the ten departments, for `--settings`. */
  settingsFile: string;
  incidentRows: number;
  equipmentRows: number;
}

/**
 * Writes a year of department workbooks into `dir`: per department one
 * .xlsx with a full-year 故障登记 sheet and a 重要设备 sheet, shaped like the
 * example month (merged titles, group row, merged 设备类型, mixed date
 * formats). The same seed writes the same cells on every run.
 *
 * Example: `await generateYear({ dir: '/tmp/year', ...DEFAULT_YEAR_OPTIONS })`
 * writes 10 workbooks with 24,000 incident rows and 6,000 equipment rows.
 */
export async function generateYear(options: YearOptions): Promise<GeneratedYear> {
  await fs.mkdir(options.dir, { recursive: true });
  const random = createRandom(options.seed);
  const files: string[] = [];
  let incidentRows = 0;
  let equipmentRows = 0;

  for (const [index, department] of YEAR_DEPARTMENTS.entries()) {
    const style: IncidentLogStyle = index % 3 === 1 ? 'dateTime' : 'dayOfMonth';
    const titleName = department.replace(/\s+/g, '');
    const incidents = incidentLogSheet(titleName, options.year, options.incidentsPerMonth, style, random);
    const equipment = equipmentLedgerSheet(titleName, options.equipmentPerDepartment, random);

    const file = path.join(options.dir, `${titleName}.xlsx`);
    await writeWorkbook(file, [incidents, equipment]);
    files.push(file);
    incidentRows += incidents.rows.length - 2;
    equipmentRows += equipment.rows.length - 3;
  }

  const settingsFile = path.join(options.dir, 'settings.json');
  await fs.writeFile(settingsFile, JSON.stringify({ departments: YEAR_DEPARTMENTS }, null, 2));
  return { files, settingsFile, incidentRows, equipmentRows };
}

async function writeWorkbook(file: string, sheets: GeneratedSheet[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, rowIndex) => {
      const row = worksheet.getRow(rowIndex + 1);
      cells.forEach((cell, columnIndex) => {
        const target = row.getCell(columnIndex + 1);
        target.value = cell.value;
        if (cell.numFmt) {
          target.numFmt = cell.numFmt;
        }
      });
    });
    sheet.merges.forEach((range) => worksheet.mergeCells(range));
  }
  await workbook.xlsx.writeFile(file);
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node dist/bench/bench/generateYear.js DIR\n');
    process.exit(2);
  }
  generateYear({ dir, ...DEFAULT_YEAR_OPTIONS }).then((year) => {
    process.stdout.write(`${year.files.length} workbooks, ${year.incidentRows} incident rows, ${year.equipmentRows} equipment rows in ${dir}\n`);
  });
}
