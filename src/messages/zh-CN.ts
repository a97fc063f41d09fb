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
  'date.dayNotInMonth': { problem: '日期“{input}”不存在：{year} 年 {month} 月只有 {days} 天。', fix: '请核对日或月是否填错。' },
  'date.outOfRange': { problem: '日期“{input}”超出合理范围（{min}—{max} 年）。', fix: '请检查年份是否填错。' },
  'date.yearAssumed': { problem: '日期“{input}”未写年份，已按 {year} 年处理。', fix: '如年份不对，请补全年份。' },
  'date.yearMissing': { problem: '日期“{input}”未写年份，也无法从表格标题或报告月份得知年份。', fix: '请补全年份，如 2022年11月3日。' },
  'duration.invalid': { problem: '无法识别持续时间“{input}”。', fix: '请填写如 40分钟、1.5小时、1小时30分、2天 或 11:20-12:20 的时长。' },
  'duration.conflict': { problem: '持续时间“{input}”前后不一致：写的是 {stated} 分钟，时间段 {range} 为 {ranged} 分钟，已按时间段计算。', fix: '请改正时长或时间段，使二者一致。' },
  'level.invalid': { problem: '无法识别事件级别“{input}”。', fix: '请填写 一级、二级、三级（或 1级、Ⅱ级），未定级请留空。' },
  'target.invalid': { problem: '无法识别目标值“{input}”。', fix: '请填写如 0（次）、≥85、≤5%、100%、完成 或 ——。' },
  'life.invalid': { problem: '无法识别使用寿命“{input}”。', fix: '请填写如 3年、三年、3-5年，未知请填 ——。' },
  'maintenance.invalid': { problem: '无法识别维保情况“{input}”。', fix: '请填写服务商和到期日（如 齐普生 2022/10/1）、起止时间（如 2022年9月26日至2025年9月26日）或状态（已过保、租用、正在建设中）。' },
  'number.invalid': { problem: '“{input}”不是数字。', fix: '请填写数字，未统计请填 ——。' },

  // Sources and sheets
  'source.unreadable': { problem: '无法读取文件：{reason}。', fix: '请确认它是用 Excel 保存的 .xlsx 文件，且未加密、未损坏。' },
  'source.fileUnreadable': { problem: '无法读取此文件：{reason}。', fix: '未生成报告，以免缺少该文件的数据。' },
  'source.hiddenRows': { problem: '表中有 {count} 个隐藏行（第 {rows} 行），已照常读取。', fix: '如这些行不应计入，请删除它们，而不是隐藏。' },
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

/** Texts about the settings file. */
export const settingsText = {
  invalidJson: '设置文件 {file} 不是有效的 JSON：{reason}。请用文本编辑器修正后重试。',
  invalidFile: '设置文件 {file} 有误，请按下列提示修改（未列出的设置可删除以使用默认值）：',
  invalidField: '  · {field}：{reason}',
  expectedType: '应为{type}',
  typeNames: { number: '数字', string: '文本', array: '列表（[...]）', object: '对象（{...}）', boolean: 'true 或 false', int: '整数' },
  numberAbove: '应为大于 {bound} 的数字',
  numberAtLeast: '应为不小于 {bound} 的数字',
  numberBelow: '应为小于 {bound} 的数字',
  numberAtMost: '应为不大于 {bound} 的数字',
  textEmpty: '不能为空文本',
  listAtLeast: '至少应有 {bound} 项',
  listAtMost: '最多只能有 {bound} 项',
  unknownKeys: '不认识的设置项：{keys}（请检查拼写，或删除）',
  expectedOneOf: '只能是以下之一：{values}',
};

/** Names of the source roles, as the CLI summary and the task pane show them. */
export const roleLabels = {
  incidents: '故障登记',
  equipment: '重要设备',
  targets: '质量目标',
  services: '业务办理',
  documents: 'ISO 文件变更',
  qualityIssues: '质量问题跟踪',
  keyInfo: '关键信息',
  maintenanceNotes: '设备维保进展',
  reportInfo: '报告信息',
} as const;

/** Fixed texts the report renderers draw around the document's own text. */
export const renderText = {
  documentNumberLabel: '编号：',
  versionLabel: '版本号：',
  controlStatusLabel: '受控状态：',
  tocTitle: '目　录',
  chartDataCategory: '分类',
  chartDataCaption: '{title}（数据）',
  chartImageMissing: '（图表图片未能生成，数据见下表。）',
  /** Worksheet page footer; Excel replaces &P with the page number and &N with the page count. */
  pageFooter: '第 &P 页，共 &N 页',
  /** .docx page footer; {page} and {pages} become Word's PAGE and NUMPAGES fields. */
  docxPageFooter: '第 {page} 页 共 {pages} 页',
} as const;

/** Reasons a workbook file could not be read, filled into `source.unreadable`. */
export const loadText = {
  tooLarge: '文件大小 {size} MB 超过上限 {limit} MB，请拆分后再试',
  notXlsx: '只支持 .xlsx 格式（旧版 .xls 请在 Excel 中另存为 .xlsx）',
  corrupt: '文件已损坏、已加密或不是 .xlsx（{reason}）',
  emptyFile: '文件是空的（0 字节）。请重新导出或从原处重新复制该文件',
  oldXls: '这是旧版 Excel 97-2003 工作簿（.xls），不能直接读取。请在 Excel 中打开，选“文件 → 另存为 → Excel 工作簿 (*.xlsx)”后再试',
  encrypted: '文件设有打开密码（已加密），无法读取。请在 Excel 中打开，选“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码并保存后再试',
  notWorkbook: '文件内容不是 Excel 工作簿（扩展名是 .xlsx，但内容是文本或其他格式）。请在 Excel 中打开原始数据并另存为 .xlsx',
  damagedZip: '文件已损坏（压缩包不完整，可能是复制或下载中断）。请从原处重新复制该文件',
  damagedXlsx: '文件已损坏（工作簿内部结构有误）。请在 Excel 中打开，如 Excel 提示修复，修复后另存为新的 .xlsx',
  tooManyRows: '工作表 {sheet} 有 {rows} 行，超过单表 {limit} 行的上限。请按年份或月份拆分后再试',
};

/** Wording of the report: headings, sentences and table titles, in the user's own phrasing. */
export const reportText = {
  coverTitle: '服务报告（月报）',
  coverSeries: 'ISO20000 体系文件',
  coverNumber: '编号：{value}',
  coverVersion: '版本号：{value}',
  coverControl: '受控状态：{value}',
  monthLabel: '{year} 年 {month} 月',
  toc: '目 录',
  noticeTitle: '版权声明和保密须知',
  compiledDate: '{year}年{month}月{day}日',

  keyInfoHeading: '一、本月关键信息摘要',
  keyInfoEmpty: '本月无关键信息。',

  targetsHeading: '二、质量目标完成情况跟踪',
  targetsColumns: ['分类', '目标', '目标值(年)', '累计值(年)', '本月值', '达标情况', '部门指标', '分目标值(年)', '累计值(年)', '本月值', '责任部门', '数据提供部门', '统计频次', '达标情况'],
  targetsSummary: '本月共跟踪目标 {groups} 项、分指标 {indicators} 项：达标 {met} 项，未达标 {missed} 项，进行中 {inProgress} 项，本期不统计 {notApplicable} 项，数据缺失 {missing} 项。',
  targetsRules: '说明：“一级事件次数”“二级以上故障处理超时次数”和“业务办理超时完成”的本月值由故障登记和业务办理表计算；{ytdRule}其余指标采用各部门填写的数值。',
  ytdFromLogs: '累计值为故障登记中本年 1 月至本月的合计；',
  ytdTypedPlusMonth: '故障登记只含本月记录，累计值按“上月累计值（表中填写）+ 本月值”计算；',
  targetsEmpty: '未提供质量目标表。',

  qualityHeading: '三、质量问题处理情况跟踪',
  qualityColumns: ['质量问题或要求', '提出时间', '责任部门', '{year} 年 {month} 月最新进展跟踪'],
  qualityEmpty: '本月无跟踪中的质量问题。',

  incidentsHeading: '四、故障分析与改进建议',
  trendHeading: '1、故障趋势分析',
  trendTotals: '1) 中心 {month} 月共发生故障 {total} 起，剔除{nonFault}后有故障 {faults} 起。',
  trendLevels: '2) 事件分析：{month} 月份一级事件 {level1} 起，二级事件 {level2} 起，三级事件 {level3} 起；其中二级以上超时处理事件 {timeouts} 起。',
  trendLimits: '超时判定时限：一级 {limit1}，二级 {limit2}，三级 {limit3}（时限可在设置中修改）。',
  trendChartTitle: '{year} 年各月故障数量',
  typesHeading: '2、故障类型分析',
  byCauseLabel: '1) 按故障原因分类：',
  byCauseChartTitle: '{month} 月故障原因分布',
  byDepartmentLabel: '2) 按部门分类：',
  byDepartmentChartTitle: '{month} 月各部门故障数量',
  handlingHeading: '3、故障处理情况及预防改进措施分析',
  handlingSummary: '本月故障按服务类别统计：{categories}。',
  incidentTablesHeading: '附：故障情况汇总表',
  departmentIncidents: '{department}（{count} 起）',
  incidentColumns: ['日期', '持续时间', '事件级别', '故障对象', '故障类型', '故障情况', '预防改进措施'],
  noIncidents: '本月各部门均无故障登记。',
  countUnit: '起',

  equipmentHeading: '五、重要设备情况跟踪',
  equipmentSummary: '截至 {asOf}，重要设备共 {total} 台（套）：{warranty}；超期服役 {overLife} 台（套），高风险 {highRisk} 台（套）。',
  equipmentSummaryColumns: ['部门', '设备数', '在保', '即将到期', '已过保', '租用', '建设中', '无维保信息', '数据错误', '超期服役', '高风险'],
  equipmentTablesHeading: '附：重要设备情况汇总表（信息更新截止于每月最后一日）',
  equipmentGroupRow: ['基本信息', '动态信息', '本月最新进展', '预警'],
  equipmentColumns: ['设备类型', '设备名称', '启用日期', '常规使用寿命', '备机', '维保情况', '历史故障或配置变更摘要'],
  highRisk: '高风险',
  discontinued: '已停产',
  warningSeparator: '；',
  noEquipment: '未提供重要设备台账。',

  servicesHeading: '六、中心常规业务办理情况',
  servicesSummary: '本月在办业务 {inProgress} 件，办结 {completed} 件（办结率 {rate}），超时完成 {overdue} 件。',
  servicesColumns: ['业务名称', '本月在办总量', '本月办结总量', '超时完成数量'],
  servicesTotal: '合计',
  servicesEmpty: '未提供业务办理表。',

  documentsHeading: '七、本月 ISO 文件变更概要',
  documentsSummary: '本月 ISO 文件变更 {total} 份（{byType}）。',
  documentsColumns: ['序号', '文件名称', '版本号', '变更类型', '变更内容', '发布时间', '存放位置'],
  documentsEmpty: '本月无 ISO 文件变更。',

  dataCheckHeading: '附：数据校验',
  dataCheckSummary: '共发现 {total} 个数据问题（错误 {errors} 个，提醒 {warnings} 个）。报告已按有效数据生成，请各部门按下表核对源表。',
  dataCheckNone: '未发现数据问题。',
  dataCheckColumns: ['序号', '文件', '工作表', '单元格', '内容', '问题及处理建议'],
  severity: { error: '错误', warning: '提醒', info: '提示' },

  listSeparator: '，',
  countEntry: '{name} {count} {unit}',
  unitItem: '份',
  unitDevice: '台（套）',
  minutes: '{value} 分钟',
  hours: '{value} 小时',
} as const;

/** Command-line texts. */
export const cliText = {
  usage: [
    '用法：itsm-report build <文件夹或 .xlsx 文件…> --month YYYY-MM --out 输出文件夹 [选项]',
    '',
    '选项：',
    '  --month YYYY-MM      报告月份，例如 2022-11（默认：上个月）',
    '  --out 文件夹         报告写入的文件夹，不存在时自动创建',
    '  --settings 文件.json  设置文件（超时时限、非故障类型、预警天数、服务类别规则）',
    '  --format 格式        输出格式，逗号分隔：xlsx,html,docx（默认全部）',
    '  --json               不打印摘要，改为打印计算结果（JSON）',
    '  --help               显示本帮助',
  ].join('\n'),
  unknownCommand: '未知命令“{command}”。目前只支持 build，例如：itsm-report build examples/2022-11 --month 2022-11 --out out',
  badArguments: '参数有误：{reason}。运行 itsm-report --help 查看用法。',
  unknownOption: '不认识的选项 {option}。{hint}运行 itsm-report --help 查看全部选项。',
  didYouMean: '是否想输入 {option}？',
  optionValueMissing: '选项 {option} 后面缺少取值，例如 --month 2022-11、--out 输出文件夹。',
  optionTakesNoValue: '选项 {option} 不接受取值，请去掉“=”及后面的内容。',
  unknownArgumentProblem: '无法解析命令行',
  badMonth: '报告月份“{month}”无效，请写成 YYYY-MM，例如 2022-11。',
  badFormat: '输出格式“{format}”无效，可选：{allowed}。',
  noInputs: '请指定至少一个文件夹或 .xlsx 文件，例如 examples/2022-11。',
  noOut: '请用 --out 指定输出文件夹，例如 --out out。',
  missingInputs: '找不到：{paths}。请检查路径。',
  settingsUnreadable: '无法读取设置文件 {file}：{reason}。',
  settingsNotFound: '找不到设置文件 {file}。请检查路径，或去掉 --settings 使用默认设置。',
  noSources: '没有可读取的工作表，未生成报告。请检查上面列出的文件问题。',
  noRecognisedSources: '没有识别出任何数据表（故障登记、重要设备、质量目标等），未生成报告。请检查表头是否在前 10 行内。',
  outNotWritable: '无法写入输出文件夹 {dir}：{reason}。',
  outIsFile: '--out 指定的“{dir}”是一个已存在的文件，不是文件夹。请换一个文件夹名，例如 --out out。未读取任何输入，也未写入任何文件。',
  reading: '正在读取 {file} …',
  recognised: '已识别 {count} 张数据表：{roles}',
  unrecognised: '未识别的工作表：{sheets}',
  title: '{year} 年 {month} 月服务报告（月报）',
  incidents: '  故障：{total} 起（剔除{nonFault}后 {faults} 起）；一级 {level1} 起，二级 {level2} 起，三级 {level3} 起；二级以上超时 {timeouts} 起',
  services: '  业务办理：在办 {inProgress} 件，办结 {completed} 件，超时完成 {overdue} 件',
  documents: '  ISO 文件变更：{total} 份',
  equipment: '  重要设备：{total} 台（套）{warranty}；高风险 {highRisk} 台（套）',
  targets: '  质量目标（分指标）：达标 {met} 项，未达标 {missed} 项，进行中 {inProgress} 项，本期不统计 {notApplicable} 项，数据缺失 {missing} 项',
  diagnostics: '  数据问题：{count} 个（错误 {errors} 个），详见报告“附：数据校验”',
  noDiagnostics: '  数据问题：无',
  written: '已写入：{file}',
  failed: '生成失败：{reason}',
};

/** Texts of the ITSM.* custom functions: the error messages Excel shows beside #VALUE! and #N/A. */
export const functionText = {
  rangeUnrecognised: '区域中没有找到{role}表的表头。请选中包含表头行的区域（表头需在区域前 10 行内），表头应包含：{titles}。',
  rangeWrongRole: '区域是{found}表，不是{role}表。请选中{role}表的区域，表头应包含：{titles}。',
  cellProblem: '区域第 {row} 行第 {column} 列：{message}',
  moreProblems: '（区域内另有 {count} 处同类问题。）',
  emptyArgument: '{name}为空，无法计算。',
  levelUnclassified: '事件级别为空或未定级，表示低于三级，没有级别数字。',
  yearArgumentHint: '也可在第二个参数给出年份，例如 =ITSM.DATE("11月3日", 2022)。',
  yearInvalid: '年份“{input}”无效，请填写 1950—2100 之间的四位年份。',
  monthInvalid: '月份“{input}”无效，请写成 2022-11，或引用一个日期单元格。',
  dateArgumentInvalid: '{name}“{input}”不是日期，请引用日期单元格或写成 2022/11/30。',
  categoryUnknown: '服务类别“{input}”不在设置中，可选：{allowed}。',
  departmentUnknown: '区域第 {row} 行的故障无法确定部门，不能按服务类别统计。请把表格标题行（如“网络部故障情况登记表”）一并选入区域，或增加“部门”列。',
  noMaintenanceEnd: '维保情况“{input}”中没有到期日期。',
  lifeUnknown: '启用日期或使用寿命未知，无法判断是否到达使用寿命。',
  noEquipmentRows: '区域中表头以下没有设备行。',
  notACell: '参数不是单个单元格的值，请引用一个单元格，或直接填写文本或数字。',
  flagInvalid: '“{input}”不是 TRUE 或 FALSE。',
  argumentNames: {
    duration: '持续时间',
    date: '日期',
    maintenance: '维保情况',
    startDate: '启用日期',
    asOf: '截止日期',
    level: '事件级别',
    target: '目标值',
  },
} as const;

/** Texts of the task pane. */
export const paneText = {
  title: 'ITSM 服务月报',
  placeholder: '自定义函数 ITSM.* 已加载。生成月报的任务窗格尚在开发中。',
} as const;

/** Texts of the task pane's build step: progress labels and outcomes. */
export const paneBuildText = {
  progress: {
    read: '正在读取工作簿…',
    analyse: '正在计算本月数据…',
    write: '正在写入月报工作表…',
  },
  sheetExists: '工作表“{sheet}”已存在。是否替换？替换会删除该表中的全部内容。',
  written: '月报已写入工作表“{sheet}”。',
  failed: '生成月报失败：{reason}。请关闭其他正在编辑的单元格后重试。',
} as const;
