import path from 'path';
import ExcelJS from 'exceljs';

const TYPES = ['软件故障', '链路故障', '设备故障', '技术支持', '施工损坏'];
const LEVELS = ['', '', '三级', '三级', '二级', '一级'];

/**
 * Writes a year's incident log of `rows` rows with exceljs's streaming
 * writer, so the generator itself stays small in memory. Rows are spread
 * evenly over the twelve months of `year`, and every fifth row is a 技术支持.
 */
export async function writeLargeIncidentLog(dir: string, rows: number, year = 2022): Promise<string> {
  const file = path.join(dir, '网络部-全年故障.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('故障登记');
  sheet.addRow([`网络部故障情况登记表（${year}年）`]).commit();
  sheet.addRow(['日期', '持续时间', '事件级别', '故障对象', '故障类型', '故障情况', '预防改进措施']).commit();
  for (let index = 0; index < rows; index++) {
    const month = (index % 12) + 1;
    const day = (index % 28) + 1;
    sheet
      .addRow([`${year}/${month}/${day}`, `${(index % 300) + 5}分钟`, LEVELS[index % LEVELS.length], `设备 ${index % 500}`, TYPES[index % TYPES.length], `第 ${index} 起`, '已处理'])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  return file;
}

/** Writes an equipment ledger of `rows` rows with the streaming writer. */
export async function writeLargeLedger(dir: string, rows: number): Promise<string> {
  const file = path.join(dir, '资源部-设备台账.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('重要设备');
  sheet.addRow(['资源部重要设备情况汇总表']).commit();
  sheet.addRow(['设备类型', '设备名称', '启用日期', '常规使用寿命', '备机', '维保情况', '历史故障或配置变更摘要', '本月最新进展']).commit();
  for (let index = 0; index < rows; index++) {
    const year = 2012 + (index % 10);
    sheet.addRow(['服务器', `主机 ${index}`, `${year}/3/1`, '5年', index % 3 === 0 ? '无' : '有', `齐普生 ${year + 5}/3/1`, '', '']).commit();
  }
  sheet.commit();
  await workbook.commit();
  return file;
}

/** Expected figures of `writeLargeIncidentLog` for one month, computed from the generator's own rules. */
export function largeLogMonthCount(rows: number, month: number): number {
  let count = 0;
  for (let index = 0; index < rows; index++) {
    if ((index % 12) + 1 === month) {
      count++;
    }
  }
  return count;
}
