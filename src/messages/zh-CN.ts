/**
 * The message catalogue: every text a user reads (diagnostics, report wording,
 * command-line output), in Simplified Chinese. Placeholders in braces are
 * filled by `fillTemplate`.
 */

/** Diagnostic texts: `problem` says what is wrong, `fix` what to do. */
export const issueTexts = {
  // Cell parsers
  'cell.error': { problem: '单元格是错误值“{input}”，不能当作数字或日期。', fix: '请修正该单元格的公式或改为直接填写数值。' },
  'date.invalid': { problem: '无法识别日期“{input}”。', fix: '请填写如 2022/11/3、2022年11月3日 或 11月3日 的日期。' },
  'date.outOfRange': { problem: '日期“{input}”超出合理范围（{min}—{max} 年）。', fix: '请检查年份是否填错。' },
  'date.yearAssumed': { problem: '日期“{input}”未写年份，已按 {year} 年处理。', fix: '如年份不对，请补全年份。' },
  'duration.invalid': { problem: '无法识别持续时间“{input}”。', fix: '请填写如 40分钟、1.5小时、1小时30分、2天 或 11:20-12:20 的时长。' },
  'duration.conflict': { problem: '持续时间“{input}”前后不一致：写的是 {stated} 分钟，时间段 {range} 为 {ranged} 分钟，已按时间段计算。', fix: '请改正时长或时间段，使二者一致。' },
  'level.invalid': { problem: '无法识别事件级别“{input}”。', fix: '请填写 一级、二级、三级（或 1级、Ⅱ级），未定级请留空。' },
  'target.invalid': { problem: '无法识别目标值“{input}”。', fix: '请填写如 0（次）、≥85、≤5%、100%、完成 或 ——。' },
  'life.invalid': { problem: '无法识别使用寿命“{input}”。', fix: '请填写如 3年、三年、3-5年，未知请填 ——。' },
  'maintenance.invalid': { problem: '无法识别维保情况“{input}”。', fix: '请填写服务商和到期日（如 齐普生 2022/10/1）、起止时间（如 2022年9月26日至2025年9月26日）或状态（已过保、租用、正在建设中）。' },
  'number.invalid': { problem: '“{input}”不是数字。', fix: '请填写数字，未统计请填 ——。' },

  // Sources and sheets
  'source.unreadable': { problem: '无法读取文件：{reason}。', fix: '请确认它是用 Excel 保存的 .xlsx 文件，且未加密、未损坏。' },
  'source.notFound': { problem: '找不到文件或文件夹“{input}”。', fix: '请检查路径。' },
  'source.unrecognised': { problem: '工作表未识别为任何数据表（前 10 行中没有足够的已知列标题）。', fix: '如这是数据表，请检查表头，或忽略此提示。' },
  'source.duplicateHeader': { problem: '表头中“{title}”出现了多次，已使用第一列（{column}）。', fix: '请删除或改名重复的列。' },

  // Incidents
  'incident.missingDate': { problem: '故障记录缺少日期。', fix: '请填写故障发生日期，否则该记录不计入任何月份。' },
  'incident.missingDuration': { problem: '故障记录缺少持续时间，无法判断是否超时。', fix: '请填写持续时间。' },
  'incident.missingType': { problem: '故障记录缺少故障类型。', fix: '请填写故障类型（如 软件故障、链路故障、技术支持）。' },
  'incident.missingObject': { problem: '故障记录缺少故障对象，服务类别按部门推定。', fix: '请填写故障对象。' },

  // Equipment
  'equipment.periodReversed': { problem: '维保期“{input}”的结束日期 {end} 早于开始日期 {start}。', fix: '请核对维保起止时间，可能是起止写反或年份写错。' },
  'equipment.maintenanceBeforeStart': { problem: '维保到期日 {end} 早于启用日期 {start}。', fix: '请核对启用日期和维保日期。' },

  // Routine services
  'services.totalMismatch': { problem: '合计行的“{column}”为 {typed}，但各项之和为 {computed}。', fix: '请核对合计行，报告采用各项之和。' },
  'services.totalMissing': { problem: '合计行的“{column}”没有数值（公式未计算或为空）。', fix: '报告采用各项之和；请在 Excel 中重新计算后保存。' },

  // Quality targets
  'target.valueMismatch': { problem: '“{indicator}”填写的{field}为 {typed}，但按故障登记计算为 {computed}。', fix: '报告采用计算值；请核对故障登记或该指标的填写。' },
  'target.missingValue': { problem: '“{indicator}”本期应统计，但{field}未填写。', fix: '请填写该指标的数值。' },
} as const satisfies Record<string, { problem: string; fix: string }>;
