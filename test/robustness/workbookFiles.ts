import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** The incident log header the cases start from. */
export const INCIDENT_HEADER = ['日期', '持续时间', '事件级别', '故障对象', '故障类型', '故障情况', '预防改进措施'];

/** The equipment ledger header the cases start from. */
export const LEDGER_HEADER = ['设备类型', '设备名称', '启用日期', '常规使用寿命', '备机', '维保情况', '历史故障或配置变更摘要', '本月最新进展'];

export async function temporaryDir(prefix = 'itsm-robust-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** A workbook with one sheet per entry, rows written as given (undefined leaves a cell empty). */
export function workbookOf(sheets: Record<string, unknown[][]>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, index) => {
      row.forEach((value, column) => {
        if (value !== undefined) {
          sheet.getCell(index + 1, column + 1).value = value as ExcelJS.CellValue;
        }
      });
    });
  }
  return workbook;
}

/** Writes a workbook into a fresh folder and returns the file path. */
export async function writeWorkbook(workbook: ExcelJS.Workbook, fileName: string): Promise<string> {
  const file = path.join(await temporaryDir(), fileName);
  await workbook.xlsx.writeFile(file);
  return file;
}

/**
 * Rewrites a saved workbook's package with jszip, for what exceljs cannot
 * write: built-in format ids without a format code, the 1904 date system flag.
 */
export async function editPackage(file: string, edit: (parts: { styles: string; workbook: string }) => { styles: string; workbook: string }): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const edited = edit({
    styles: await zip.file('xl/styles.xml')!.async('string'),
    workbook: await zip.file('xl/workbook.xml')!.async('string'),
  });
  zip.file('xl/styles.xml', edited.styles);
  zip.file('xl/workbook.xml', edited.workbook);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/**
 * Turns every custom format written as `BUILTIN<id>` into the bare built-in
 * id, the way Excel saves zh-CN date formats: an xf with numFmtId 31 and no
 * <numFmt> entry.
 */
export function useBuiltInIds(styles: string): string {
  let edited = styles;
  for (const match of styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="BUILTIN(\d+)"\/>/g)) {
    edited = edited.replace(match[0], '').split(`numFmtId="${match[1]}"`).join(`numFmtId="${match[2]}"`);
  }
  return edited;
}

/** Sets the workbook's 1904 date system flag. */
export function useDate1904(workbook: string): string {
  return workbook.replace(/<workbookPr\b/, '<workbookPr date1904="1"');
}
