import { judgeAttainment } from '../model/compute/attainment';
import { classifyIncident } from '../model/compute/classifyIncident';
import { isTimeout } from '../model/compute/incidentFigures';
import { judgeEquipmentCells } from '../model/compute/judgeEquipmentCells';
import { selectIncidents } from '../model/compute/selectIncidents';
import { dateToSerial } from '../model/parse/calendarDate';
import { parseDate } from '../model/parse/parseDate';
import { parseDuration } from '../model/parse/parseDuration';
import { parseLevel } from '../model/parse/parseLevel';
import { parseMaintenance } from '../model/parse/parseMaintenance';
import { fillTemplate } from '../messages/issues';
import { functionText } from '../messages/zh-CN';
import { attainmentArguments } from './attainmentArguments';
import { categoryArgument } from './categoryArgument';
import { textCellArgument } from './cellArgument';
import { dateArgument } from './dateArgument';
import { equipmentWarningColumn } from './equipmentRange';
import { flagArgument } from './flagArgument';
import { readIncidentRange } from './incidentRange';
import { levelArgument } from './levelArgument';
import { monthArgument } from './monthArgument';
import { parsedValue, requireValue } from './parsedValue';
import { getSettings } from './settingsStore';
import { todayDate } from './today';
import { yearArgument } from './yearArgument';

const names = functionText.argumentNames;

/**
 * 统计故障登记中处理超时的事件数：事件级别达到指定级别、且持续时间超过该级别时限的故障。
 * @customfunction TIMEOUTS
 * @param incidents 故障登记区域，须包含表头行（日期、持续时间、事件级别等）。
 * @param [minLevel] 统计的最低事件级别，如 2 或“二级”表示二级以上；省略为二级。
 * @param [category] 只统计该服务类别（网络类、网站类、公共应用类、数据中心类）；省略为全部。
 * @param [month] 只统计该月，如“2022-11”或某日期单元格；省略为区域内全部月份。
 * @returns 超时事件数。
 */
export function countTimeouts(
  incidents: unknown[][],
  minLevel?: unknown,
  category?: unknown,
  month?: unknown
): number {
  const settings = getSettings();
  const reportMonth = monthArgument(month);
  const records = readIncidentRange(incidents, settings, reportMonth?.year ?? todayDate().year);
  const criteria = {
    month: reportMonth,
    category: categoryArgument(category, records, settings),
    timeoutsAtOrAbove: levelArgument(minLevel) ?? 2,
  };
  return selectIncidents(records, criteria, settings).length;
}

/**
 * 统计故障登记中的故障数，可按事件级别、故障类型、月份筛选，并可剔除技术支持等非故障类型。
 * @customfunction INCIDENTS
 * @param incidents 故障登记区域，须包含表头行（日期、持续时间、事件级别等）。
 * @param [level] 只统计该事件级别，如 1、“一级”；省略为全部级别。
 * @param [type] 只统计该故障类型，如“软件故障”；省略为全部类型。
 * @param [month] 只统计该月，如“2022-11”或某日期单元格；省略为区域内全部月份。
 * @param [excludeNonFault] 为 TRUE 时剔除设置中的非故障类型（默认：技术支持）；省略为 FALSE。
 * @returns 故障数。
 */
export function countIncidents(
  incidents: unknown[][],
  level?: unknown,
  type?: unknown,
  month?: unknown,
  excludeNonFault?: unknown
): number {
  const settings = getSettings();
  const reportMonth = monthArgument(month);
  const records = readIncidentRange(incidents, settings, reportMonth?.year ?? todayDate().year);
  const typeCell = textCellArgument(type);
  const criteria = {
    month: reportMonth,
    level: levelArgument(level),
    type: typeCell === '' ? undefined : String(typeCell),
    faultsOnly: flagArgument(excludeNonFault),
  };
  return selectIncidents(records, criteria, settings).length;
}

/**
 * 把持续时间换算为分钟，支持“1小时”“40分钟”“1.5小时”“1小时30分”“2天”和时间段“11:20-12:20”。
 * @customfunction DURATION
 * @param text 持续时间单元格或文本；数字按分钟计。
 * @returns 分钟数。
 */
export function durationMinutes(text: unknown): number {
  const parsed = parsedValue(parseDuration(textCellArgument(text)));
  return requireValue(parsed, fillTemplate(functionText.emptyArgument, { name: names.duration }))
    .minutes;
}

/**
 * 判断一起故障是否处理超时：二级以上事件的持续时间超过其级别的时限（时限见设置）。
 * @customfunction ISTIMEOUT
 * @param level 事件级别，如“二级”或 2；空白表示未定级。
 * @param duration 持续时间，如“5小时”或“14:00-19:00”；数字按分钟计。
 * @returns 超时为 TRUE，否则为 FALSE。
 */
export function isTimeoutIncident(level: unknown, duration: unknown): boolean {
  const severity = parsedValue(parseLevel(textCellArgument(level)));
  const length = parsedValue(parseDuration(textCellArgument(duration)));
  const minutes = requireValue(
    length,
    fillTemplate(functionText.emptyArgument, { name: names.duration })
  ).minutes;
  return isTimeout({ level: severity, durationMinutes: minutes }, getSettings());
}

/**
 * 把事件级别换算为数字：一级为 1，二级为 2，三级为 3。
 * @customfunction LEVEL
 * @param text 事件级别，如“一级”“2级”“Ⅱ级”“二级事件”。
 * @returns 级别数字 1、2 或 3。
 */
export function levelNumber(text: unknown): number {
  return requireValue(
    parsedValue(parseLevel(textCellArgument(text))),
    functionText.levelUnclassified
  );
}

/**
 * 按设置中的规则判断故障所属的服务类别：先看故障对象关键词，再看部门。
 * @customfunction CATEGORY
 * @param department 部门，如“网站平台部”。
 * @param object 故障对象，如“政府在线首页”。
 * @returns 服务类别，如“网站类”。
 */
export function serviceCategory(department: unknown, object: unknown): string {
  return classifyIncident(
    String(textCellArgument(department)),
    String(textCellArgument(object)),
    getSettings()
  );
}

/**
 * 把各种写法的日期转换为 Excel 日期序列号，如“2016. 3. 6”“2019 年 7 月”“11月3日”。
 * @customfunction DATE
 * @param text 日期文本或日期单元格。
 * @param [year] 日期未写年份时使用的年份，如 2022。
 * @returns Excel 日期序列号，可设置为日期格式显示。
 */
export function serialDate(text: unknown, year?: unknown): number {
  const context = { defaultYear: yearArgument(year), treatNumbersAsSerials: true };
  const parsed = parsedValue(parseDate(textCellArgument(text), context), {
    'date.yearMissing': functionText.yearArgumentHint,
  });
  return dateToSerial(
    requireValue(parsed, fillTemplate(functionText.emptyArgument, { name: names.date })),
    false
  );
}

/**
 * 判断质量目标的达标情况：达标、未达标、进行中（年度目标尚未达到）、不适用（本期不统计）或数据缺失。
 * @customfunction ATTAINMENT
 * @param actual 实际值（年度目标填累计值），如 2、95%、“完成”。
 * @param target 目标值，如“0 (次)”“≥85”“≥90%”“完成”“——”。
 * @param [frequency] 统计频次，如“每月”“每季度”“半年”“每年”；省略为每月。
 * @param [month] 统计月份，如“2022-11”或某日期单元格；省略为本月。
 * @returns 达标情况。
 */
export function attainmentStatus(
  actual: unknown,
  target: unknown,
  frequency?: unknown,
  month?: unknown
): string {
  return judgeAttainment(attainmentArguments(actual, target, frequency, month));
}

/**
 * 判断设备的维保状态：在保、即将到期、已过保、租用、建设中、无维保信息或数据错误。
 * @customfunction WARRANTY
 * @param maintenance 维保情况，如“齐普生 2022/10/1”“2022年9月26日至2025年9月26日”“已过保”。
 * @param [asOf] 截止日期（日期单元格或“2022/11/30”）；省略为今天。
 * @param [startDate] 启用日期，用于检查维保到期日是否早于启用日期。
 * @returns 维保状态。
 */
export function warrantyStatus(maintenance: unknown, asOf?: unknown, startDate?: unknown): string {
  const cells = {
    maintenance: textCellArgument(maintenance),
    startDate: textCellArgument(startDate),
  };
  const when = dateArgument(asOf, names.asOf) ?? todayDate();
  return parsedValue(judgeEquipmentCells(cells, when, getSettings())).warranty;
}

/**
 * 取出维保情况中的维保到期日：写到月份的按该月最后一天计。
 * @customfunction WARRANTYEND
 * @param maintenance 维保情况，如“启明星辰 2022-09”。
 * @returns 到期日的 Excel 日期序列号。
 */
export function warrantyEnd(maintenance: unknown): number {
  const cell = textCellArgument(maintenance);
  const parsed = parsedValue(
    parseMaintenance(cell, { treatNumbersAsSerials: true, defaultYear: todayDate().year })
  );
  const found = requireValue(
    parsed,
    fillTemplate(functionText.emptyArgument, { name: names.maintenance })
  );
  const end = requireValue(
    found.end ?? null,
    fillTemplate(functionText.noMaintenanceEnd, { input: String(cell) })
  );
  return dateToSerial(end, false);
}

/**
 * 判断设备是否到达使用寿命：寿命期内、已达寿命（过了寿命下限）或超期服役（过了寿命上限）。
 * @customfunction LIFE
 * @param startDate 启用日期（日期单元格或“2015/3/21”）。
 * @param life 常规使用寿命，如“3-5 年”“三年”。
 * @param [asOf] 截止日期；省略为今天。
 * @returns 寿命状态。
 */
export function lifeStatus(startDate: unknown, life: unknown, asOf?: unknown): string {
  const cells = { startDate: textCellArgument(startDate), life: textCellArgument(life) };
  const when = dateArgument(asOf, names.asOf) ?? todayDate();
  const status = parsedValue(judgeEquipmentCells(cells, when, getSettings()));
  return requireValue(status.life, functionText.lifeUnknown);
}

/**
 * 给出重要设备台账各行的预警，与月报“预警”列相同，如“已过保；高风险”。
 * @customfunction EQUIPWARN
 * @param row 重要设备台账区域，须包含表头行（设备名称、启用日期、维保情况等）；可选多行，每行得到一个预警。
 * @param [asOf] 截止日期；省略为今天。
 * @returns 表头以下每行的预警。
 */
export function equipmentWarnings(row: unknown[][], asOf?: unknown): unknown[][] {
  const when = dateArgument(asOf, names.asOf) ?? todayDate();
  return equipmentWarningColumn(row, when, getSettings());
}
