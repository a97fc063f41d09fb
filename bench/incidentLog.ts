import type { Random } from './random';
import { GeneratedCell, GeneratedSheet, plain, utcDate } from './sheetCells';

/**
 * How a department keeps its log, after the two example logs: 网络部 types
 * 日期 as month-day date cells (some as text such as 11月19日) and writes
 * durations as "1小时 11:20-12:20"; 网站平台部 types 发生时间 as a date and time
 * and writes durations as "60分钟".
 */
export type IncidentLogStyle = 'dayOfMonth' | 'dateTime';

const HEADERS: Record<IncidentLogStyle, string[]> = {
  dayOfMonth: ['日期', '持续时间', '事件级别', '故障对象', '故障类型', '故障情况', '预防改进措施'],
  dateTime: ['发生时间', '持续时间', '事件级别', '故障对象', '故障类型', '故障情况', '预防改进措施'],
};

const DAY_OF_MONTH_FORMAT = 'm"月"d"日"';
const DATE_TIME_FORMAT = 'yyyy"年"m"月"d"日" hh:mm';

/** Share of month-day dates typed as text instead of a date cell. */
const TEXT_DATE_SHARE = 0.05;
/** Share of durations whose length disagrees with their time range (the 11月25日 case of the example). */
const DISAGREEING_DURATION_SHARE = 0.01;

const LENGTHS_MINUTES = [20, 30, 40, 60, 60, 60, 90, 120, 120, 180, 240, 300, 360, 480, 600];
const OBJECTS = [
  '网络三类用户', '网络四类用户', '网络二类用户', '公务员之窗', '政府在线网站', '内网邮件系统', '政府短信平台',
  '数据库服务器', '存储阵列', '机房空调', 'UPS 系统', '外网防火墙', '磁带备份系统', '虚拟化平台', '办公终端',
];
const TYPES = ['技术支持', '技术支持', '技术支持', '软件故障', '链路故障', '施工损坏', '设备故障', '配置错误'];
const CAUSES = ['光纤有一芯中断', '用户交换机死机', '地铁施工挖断光缆', '光电收发器故障', '服务器内存故障', '应用进程异常退出', '配置变更遗漏'];
const FIXES = ['更换纤芯', '协助用户重启交换机', '联系施工方抢修', '更换光电收发器', '更换内存条', '重启应用服务', '回退配置'];
const MEASURES = ['加强监控管理', '定期巡检线路', '完善变更审核', null, null, null];

/**
 * Generates one department's incident log for a year, shaped like the
 * example logs: a title row merged over the columns, the header, then
 * `rowsPerMonth` incidents per month in date order.
 *
 * Example: `incidentLogSheet('网络部', 2022, 200, 'dayOfMonth', random)` → a 故障登记 sheet of 2 + 2,400 rows.
 */
export function incidentLogSheet(department: string, year: number, rowsPerMonth: number, style: IncidentLogStyle, random: Random): GeneratedSheet {
  const header = HEADERS[style];
  const rows: GeneratedCell[][] = [[plain(`${department}故障情况登记表（${year}年）`)], header.map(plain)];
  for (let month = 1; month <= 12; month++) {
    rows.push(...incidentRows(year, month, rowsPerMonth, style, random));
  }
  return { name: '故障登记', rows, merges: [`A1:${columnLetter(header.length)}1`] };
}

/** Generates `count` incident rows of one month, in date order, without title or header. */
export function incidentRows(year: number, month: number, count: number, style: IncidentLogStyle, random: Random): GeneratedCell[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const dates = Array.from({ length: count }, () => ({ day: random.int(1, days), hour: random.int(8, 20), minute: 10 * random.int(0, 5) }));
  dates.sort((a, b) => a.day - b.day || a.hour - b.hour || a.minute - b.minute);

  return dates.map(({ day, hour, minute }) => {
    const lengthMinutes = random.pick(LENGTHS_MINUTES);
    const object = random.pick(OBJECTS);
    const cause = random.int(0, CAUSES.length - 1);
    return [
      dateCell(year, month, day, hour, minute, style, random),
      plain(durationText(hour, minute, lengthMinutes, style, random)),
      plain(levelText(random)),
      plain(object),
      plain(random.pick(TYPES)),
      plain(`${object}故障，经检测确认是${CAUSES[cause]}所致，${FIXES[cause]}后恢复正常。`),
      plain(random.pick(MEASURES)),
    ];
  });
}

function dateCell(year: number, month: number, day: number, hour: number, minute: number, style: IncidentLogStyle, random: Random): GeneratedCell {
  if (style === 'dateTime') {
    return { value: utcDate(year, month, day, hour, minute), numFmt: DATE_TIME_FORMAT };
  }
  if (random.chance(TEXT_DATE_SHARE)) {
    return plain(`${month}月${day}日`);
  }
  return { value: utcDate(year, month, day), numFmt: DAY_OF_MONTH_FORMAT };
}

function durationText(hour: number, minute: number, lengthMinutes: number, style: IncidentLogStyle, random: Random): string {
  if (style === 'dateTime') {
    return lengthText(lengthMinutes);
  }
  const stated = random.chance(DISAGREEING_DURATION_SHARE) ? lengthMinutes + 60 : lengthMinutes;
  return `${lengthText(stated)} ${clock(hour * 60 + minute)}-${clock(hour * 60 + minute + lengthMinutes)}`;
}

/** 40分钟, 1小时, 1.5小时 as the logs write them. */
function lengthText(minutes: number): string {
  return minutes < 60 ? `${minutes}分钟` : `${minutes / 60}小时`;
}

/** A time of day as 9:40 or 14:20, wrapping past midnight. */
function clock(minutesOfDay: number): string {
  const wrapped = minutesOfDay % (24 * 60);
  return `${Math.floor(wrapped / 60)}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** Mostly blank (unclassified), as in the example logs, with the level spellings the parser accepts. */
function levelText(random: Random): string | null {
  const roll = random.next();
  if (roll < 0.85) {
    return null;
  }
  if (roll < 0.95) {
    return random.pick(['三级', '3级', 'Ⅲ级', '三级事件']);
  }
  if (roll < 0.99) {
    return random.pick(['二级', '2级', 'Ⅱ级', '二级事件']);
  }
  return '一级';
}

/** Column letter of a 1-based column number up to 26. */
export function columnLetter(column: number): string {
  return String.fromCharCode(64 + column);
}
