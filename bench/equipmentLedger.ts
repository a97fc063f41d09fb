import { columnLetter } from './incidentLog';
import type { Random } from './random';
import { GeneratedCell, GeneratedSheet, plain, utcDate } from './sheetCells';

const HEADER = ['设备类型', '设备名称', '启用日期', '常规使用寿命', '备机', '维保情况', '历史故障或配置变更摘要', '本月最新进展'];
const DATE_FORMAT = 'yyyy/m/d';

const EQUIPMENT_TYPES = ['路由器/交换机', '服务器', '存储设备', '安全设备', 'UPS 系统', '精密空调', '备份设备', '虚拟化平台', '数据库服务器', '负载均衡'];
const MODELS = ['NE80E', 'S7510E', 'IBM P5 570', 'HP DL380G5', 'NetApp FAS3040A', 'Dell R740', '华为 5288 V5', '梅兰日兰 160KVA', 'F5 BIG-IP 4000', '深信服 AF-1000'];
const LIVES = ['3-5 年', '10年', '三年', '——', '3 年', '5年', '8 年'];
const SPARES = ['无', '无', '---', '1 台', '有'];
const VENDORS = ['齐普生', '启明星辰', '盛凯信息科技有限公司', '希尔科技有限公司'];
const HISTORY = ['无', '主控板曾坏过，已返修。', '---', '坏过一次硬盘', '2021年更换过电源模块。'];
const LATEST = [null, null, null, '---', '合同已签订。', '维保续签中。'];

/** Smallest and largest group of rows under one merged 设备类型 cell. */
const GROUP_ROWS = { min: 5, max: 40 };

/**
 * Generates one department's equipment ledger (重要设备), shaped like the
 * example ledgers: a merged title, the 基本信息 / 动态信息 group row, the header,
 * then `rowCount` rows with 设备类型 merged over each group and the date,
 * service-life and maintenance spellings the example ledgers mix.
 *
 * Example: `equipmentLedgerSheet('资源部', 600, random)` → a 重要设备 sheet of 3 + 600 rows.
 */
export function equipmentLedgerSheet(department: string, rowCount: number, random: Random): GeneratedSheet {
  const last = columnLetter(HEADER.length);
  const rows: GeneratedCell[][] = [
    [plain(`${department}重要设备情况汇总表（信息更新截止于每月最后一日）`)],
    ['基本信息', '基本信息', '基本信息', '基本信息', '动态信息', '动态信息', '动态信息', '本月最新进展'].map(plain),
    HEADER.map(plain),
  ];
  const merges = [`A1:${last}1`, 'A2:D2', 'E2:G2'];

  while (rows.length - 3 < rowCount) {
    const size = Math.min(random.int(GROUP_ROWS.min, GROUP_ROWS.max), rowCount - (rows.length - 3));
    const type = random.pick(EQUIPMENT_TYPES);
    const firstRow = rows.length + 1;
    for (let index = 0; index < size; index++) {
      rows.push(equipmentRow(type, random));
    }
    if (size > 1) {
      merges.push(`A${firstRow}:A${firstRow + size - 1}`);
    }
  }
  return { name: '重要设备', rows, merges };
}

function equipmentRow(type: string, random: Random): GeneratedCell[] {
  const startYear = random.int(2002, 2021);
  return [
    plain(type),
    plain(`${random.pick(MODELS)}（${random.int(1, 40)} 台）`),
    startCell(startYear, random),
    plain(random.pick(LIVES)),
    plain(random.pick(SPARES)),
    maintenanceCell(startYear, random),
    plain(random.pick(HISTORY)),
    plain(random.pick(LATEST)),
  ];
}

/** 启用日期 in one of the spellings the example ledgers use. */
function startCell(year: number, random: Random): GeneratedCell {
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  switch (random.int(0, 6)) {
    case 0:
    case 1:
      return { value: utcDate(year, month, day), numFmt: DATE_FORMAT };
    case 2:
      return plain(`${year}年`);
    case 3:
      return plain(`${year}. ${month}. ${day}`);
    case 4:
      return plain(`${year} 年 ${month} 月`);
    case 5:
      return plain(`${String(year % 100).padStart(2, '0')}年`);
    default:
      return plain(`${year}/${month}/${day}`);
  }
}

/** 维保情况: vendor and end date, a period, a status word or a bare date; about 1 in 100 periods is reversed. */
function maintenanceCell(startYear: number, random: Random): GeneratedCell {
  const endYear = random.int(Math.max(startYear, 2015), 2025);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  switch (random.int(0, 6)) {
    case 0:
      return plain(`${random.pick(VENDORS)} ${endYear}/${month}/${day}`);
    case 1:
      return plain(`${random.pick(VENDORS)} ${endYear}-${String(month).padStart(2, '0')}`);
    case 2: {
      const reversed = random.chance(0.01);
      const [from, to] = reversed ? [endYear, endYear - 3] : [endYear - 3, endYear];
      return plain(`${from}年${month}月${day}日至${to}年${month}月${day}日`);
    }
    case 3:
      return plain(random.pick(['已过保', '租用', '无服务商', '正在建设中']));
    case 4:
      return { value: utcDate(endYear, month, day), numFmt: DATE_FORMAT };
    case 5:
      return plain(`${endYear} 年 ${month} 月 ${day} 日`);
    default:
      return plain(`${endYear}-${month}-${day} 已过保`);
  }
}
