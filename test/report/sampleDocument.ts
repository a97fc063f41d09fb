import type { Block, ChartSpec, ReportDocument, ReportTable, TableCell } from '../../src/report/document';

/**
 * A hand-made report document shaped like the 2022-11 monthly report, for
 * renderer tests. Its tables are full grids with spans, covered cells and
 * tones, and some cells carry hostile text (formula prefixes, markup).
 */

/** Cell texts that must reach every output as plain text. */
export const HOSTILE_TEXTS = [
  '=HYPERLINK("http://example.invalid","x")',
  '+1',
  '-2',
  '@SUM(A1)',
  '<img src=x onerror=alert(1)>',
] as const;

function cell(text: string, extra: Partial<TableCell> = {}): TableCell {
  return { text, ...extra };
}

function count(value: number, extra: Partial<TableCell> = {}): TableCell {
  return { text: String(value), number: value, align: 'center', ...extra };
}

function covered(): TableCell {
  return { text: '', covered: true };
}

function headerRow(titles: string[]): TableCell[] {
  return titles.map((title) => cell(title, { align: 'center', bold: true }));
}

const qualityTargetTable: ReportTable = {
  id: 'quality-targets',
  columns: [4, 8, 6, 5, 16, 6, 5, 5, 8, 5, 6].map((width) => ({ width })),
  headerRows: [
    headerRow(['分类', '目标', '目标值（年）', '累计值（年）', '部门指标', '分目标值（年）', '累计值（年）', '本月值', '责任部门', '统计频次', '达标情况']),
  ],
  rows: [
    [
      cell('平台安全稳定', { rowSpan: 6, align: 'center' }),
      cell('一级事件次数', { rowSpan: 4 }),
      cell('0（次）', { rowSpan: 4, align: 'center' }),
      count(1, { rowSpan: 4 }),
      cell('网络类一级事件次数'),
      cell('0（次）', { align: 'center' }),
      count(1),
      count(0),
      cell('网络部'),
      cell('每月'),
      cell('未达标', { tone: 'bad', align: 'center' }),
    ],
    [covered(), covered(), covered(), covered(), cell('网站类一级事件次数'), cell('0（次）'), count(0), count(0), cell('网站平台部'), cell('每月'), cell('达标', { tone: 'good', align: 'center' })],
    [covered(), covered(), covered(), covered(), cell('公共应用类一级事件次数'), cell('0（次）'), count(0), count(0), cell('网站平台部\n安全和备份部'), cell('每月'), cell('达标', { tone: 'good', align: 'center' })],
    [covered(), covered(), covered(), covered(), cell('数据中心类一级事件次数'), cell('0（次）'), count(0), count(0), cell('IDC 部'), cell('每月'), cell('达标', { tone: 'good', align: 'center' })],
    [
      covered(),
      cell('二级以上事件处理超时次数', { rowSpan: 2 }),
      cell('0（次）', { rowSpan: 2, align: 'center' }),
      count(0, { rowSpan: 2 }),
      cell('二级以上网络类故障处理超时次数'),
      cell('0（次）'),
      count(0),
      count(0),
      cell('网络部'),
      cell('每月'),
      cell('达标', { tone: 'good', align: 'center' }),
    ],
    [covered(), covered(), covered(), covered(), cell('二级以上网站类故障处理超时次数'), cell('0（次）'), count(0), count(0), cell('网站平台部'), cell('每月'), cell('达标', { tone: 'good', align: 'center' })],
    [
      cell('质量管理有效性', { rowSpan: 2, align: 'center' }),
      cell('分指标全达标', { rowSpan: 2 }),
      cell('——', { rowSpan: 2, align: 'center' }),
      cell('——', { rowSpan: 2, align: 'center' }),
      cell('程序文件考核部门平均分'),
      cell('≥80'),
      cell('——'),
      cell('——'),
      cell('各部门'),
      cell('每年'),
      cell('不适用', { tone: 'muted', align: 'center' }),
    ],
    [covered(), covered(), covered(), covered(), cell('质量问题整改实施率'), cell('100%'), cell('——'), cell('——'), cell('各部门'), cell('每年'), cell('不适用', { tone: 'muted', align: 'center' })],
    [
      cell('应急演练有效性', { align: 'center' }),
      cell('应急演练有效性'),
      cell('≥4（次）', { align: 'center' }),
      count(2),
      cell('应急演练有效性'),
      cell('≥1（次）'),
      count(2),
      count(0),
      cell('网络部\n网站平台部\n安全和备份部\nIDC 部'),
      cell('每月'),
      cell('进行中', { tone: 'warn', align: 'center' }),
    ],
  ],
  landscape: true,
};

const qualityIssueTable: ReportTable = {
  id: 'quality-issues',
  columns: [14, 10, 14, 40].map((width) => ({ width })),
  headerRows: [headerRow(['质量问题或要求', '提出时间', '责任部门', '2022 年 11 月最新进展跟踪'])],
  rows: [
    [
      cell('实施本年度应急演练'),
      cell('2022 年 10 月', { align: 'center' }),
      cell('网络部 资源部 网站平台部 安全和备份部'),
      cell('本年度的应急演练，各部门报告已完成，网络部和 IDC 部已将演练报告在 OA 提交中心领导审批。其他部门补报审批通过后，再纳入年度统计。'),
    ],
  ],
};

function incidentHeader(): TableCell[] {
  return headerRow(['日期', '持续时间', '事件级别', '故障对象', '故障类型', '故障情况', '预防改进措施']);
}

const networkIncidentTable: ReportTable = {
  id: 'incidents-network',
  columns: [8, 10, 6, 10, 8, 40, 14].map((width) => ({ width })),
  headerRows: [incidentHeader()],
  rows: [
    [
      cell('11月3日', { align: 'center' }),
      cell('1小时\n11:20-12:20', { align: 'center' }),
      cell('', { align: 'center' }),
      cell('网络三类用户'),
      cell('链路故障'),
      cell('气象局外网故障，经检测确认是气象局至交通局外网光纤有一芯中断所致，更换纤芯后，用户网络恢复正常。'),
      cell(''),
    ],
    [
      cell('11月19日', { align: 'center' }),
      cell('2小时\n16:00-18:00', { align: 'center' }),
      cell('三级', { align: 'center' }),
      cell(HOSTILE_TEXTS[4]),
      cell('技术支持'),
      cell(HOSTILE_TEXTS[0]),
      cell(''),
    ],
    [
      cell('11月25日', { align: 'center' }),
      cell('2小时\n14:00-15:00', { align: 'center', tone: 'warn' }),
      cell('', { align: 'center' }),
      cell('网络四类用户'),
      cell('设备故障'),
      cell('益华大厦工商认证中心外网故障，经检查确认是光电收发器故障所致，更换光电收发器后，用户网络恢复正常。'),
      cell(''),
    ],
  ],
};

const websiteIncidentTable: ReportTable = {
  id: 'incidents-website',
  columns: [12, 8, 6, 10, 8, 30, 14].map((width) => ({ width })),
  headerRows: [headerRow(['发生时间', '持续时间', '事件级别', '故障对象', '故障类型', '故障情况', '预防改进措施'])],
  rows: [
    [cell('2022年11月20日 10:30'), cell('60分钟'), cell('二级', { align: 'center' }), cell('公务员之窗'), cell('软件故障'), cell('内网公务员之窗APP服务器宕机。'), cell('加强监控管理')],
    [cell('2022年11月27日 08:20'), cell('60分钟'), cell('二级', { align: 'center' }), cell('公务员之窗'), cell('软件故障'), cell('内网公务员之窗APP服务器宕机。'), cell('加强监控管理')],
  ],
};

const equipmentTable: ReportTable = {
  id: 'equipment-network',
  columns: [8, 16, 9, 7, 5, 12, 16, 14, 8].map((width) => ({ width })),
  headerRows: [
    [
      cell('基本信息', { colSpan: 4, align: 'center', bold: true }),
      covered(),
      covered(),
      covered(),
      cell('动态信息', { colSpan: 3, align: 'center', bold: true }),
      covered(),
      covered(),
      cell('本月最新进展', { rowSpan: 2, align: 'center', bold: true }),
      cell('维保预警', { rowSpan: 2, align: 'center', bold: true }),
    ],
    [...headerRow(['设备类型', '设备名称', '启用日期', '常规使用寿命', '备机', '维保情况', '历史故障或配置变更摘要']), covered(), covered()],
  ],
  rows: [
    [
      cell('路由器/交换机', { rowSpan: 3, align: 'center' }),
      cell('平台 NE80'),
      cell('2015/3/21', { align: 'center' }),
      cell('3-5 年', { align: 'center' }),
      cell('---', { align: 'center' }),
      cell('已过保，无服务商'),
      cell('主控板曾坏过，已返修。'),
      cell('冷备，不用购买维保'),
      cell('已过保', { tone: 'bad', align: 'center' }),
    ],
    [
      covered(),
      cell('NE80E(网络中心和市民中心外网)'),
      cell('2019/6/23', { align: 'center' }),
      cell('3-5 年', { align: 'center' }),
      cell('---', { align: 'center' }),
      cell('齐普生 2022/12/1'),
      cell('无'),
      cell('---'),
      cell('即将到期', { tone: 'warn', align: 'center' }),
    ],
    [
      covered(),
      cell('网络中心内外网 2 台 7510E'),
      cell('2019/6/23', { align: 'center' }),
      cell('3-5 年', { align: 'center' }),
      cell('---', { align: 'center' }),
      cell('齐普生 2025/10/1'),
      cell('无'),
      cell('---'),
      cell('在保', { tone: 'good', align: 'center' }),
    ],
    [
      cell('机房设备', { rowSpan: 2, align: 'center' }),
      cell('海洛斯精密空调系统'),
      cell('2015 年 6 月', { align: 'center' }),
      cell('10 年', { align: 'center' }),
      cell('无', { align: 'center' }),
      cell('2022 年 9 月 26 日至 2025 年 9 月 26 日'),
      cell(
        '1、市民中心六楼方塔托管机房空调模块冷媒温度过高报警，市民中心六楼方塔空调冷凝水是受整栋大楼原冷却系统设计控制，大楼物业为了节能，会间断停止供冷凝水。\n2、佳力图空调压缩机故障。\n3、空调铜管漏过一次。',
      ),
      cell('--'),
      cell('在保', { tone: 'good', align: 'center' }),
    ],
    [
      covered(),
      cell('市委海信防火墙'),
      cell(''),
      cell('3 年', { align: 'center' }),
      cell('---', { align: 'center' }),
      cell('已过保，无服务商'),
      cell('无'),
      cell('海信和川大能已无防火墙业务，无法购买维保。使用天融信防火墙作为备机'),
      cell('高风险', { tone: 'bad', align: 'center' }),
    ],
  ],
  landscape: true,
};

const serviceNames = ['政府短信平台', '政府在线邮件服务', '外网 CA 证书', '其他'];
const serviceCounts = [
  [2, 2, 0],
  [6, 5, 0],
  [7, 4, 0],
  [36, 19, 0],
];

const servicesTable: ReportTable = {
  id: 'routine-services',
  columns: [24, 12, 12, 12].map((width) => ({ width })),
  headerRows: [headerRow(['业务名称', '本月在办总量', '本月办结总量', '超时完成数量'])],
  rows: [
    ...serviceNames.map((name, index) => [cell(name), ...serviceCounts[index].map((value) => count(value))]),
    [cell('合计', { bold: true, align: 'center' }), count(51, { bold: true }), count(30, { bold: true }), count(0, { bold: true })],
  ],
  totalRow: true,
};

const isoChangesTable: ReportTable = {
  id: 'iso-changes',
  columns: [5, 18, 6, 6, 26, 10, 18].map((width) => ({ width })),
  headerRows: [headerRow(['序号', '文件名称', '版本号', '变更类型', '变更内容', '发布时间', '存放位置'])],
  rows: [
    [count(1), cell('客户满意度调查程序'), cell('5.0', { align: 'center' }), cell('修订', { align: 'center' }), cell('补充部长对调查问卷和报告的审核职责；补充各部门对调查发现问题提出整改措施的职责。'), cell('2022/11/12', { align: 'center' }), cell('ISO 文件/程序文件/技术服务部')],
    [count(2), cell('弱电系统管理程序'), cell('1.0', { align: 'center' }), cell('新增', { align: 'center' }), cell('初版'), cell('2022/11/17', { align: 'center' }), cell('ISO 文件/程序文件/IDC 部')],
  ],
};

const dataCheckTable: ReportTable = {
  id: 'data-check',
  columns: [5, 14, 10, 8, 48].map((width) => ({ width })),
  headerRows: [headerRow(['序号', '文件', '工作表', '单元格', '问题与处理建议'])],
  rows: [
    [count(1), cell('网络部.xlsx'), cell('故障登记'), cell('B8', { align: 'center' }), cell('持续时间“2小时”前后不一致：写的是 120 分钟，时间段 14:00-15:00 为 60 分钟，已按时间段计算。请改正时长或时间段，使二者一致。', { tone: 'warn' })],
    [count(2), cell('IDC部.xlsx'), cell('设备台账'), cell('F4', { align: 'center' }), cell('维保期的结束日期 2015/9/26 早于开始日期 2022/9/26。请核对维保起止时间。', { tone: 'bad' })],
    [count(3), cell(HOSTILE_TEXTS[1]), cell(HOSTILE_TEXTS[2]), cell(HOSTILE_TEXTS[3], { align: 'center' }), cell(HOSTILE_TEXTS[0])],
  ],
};

const causeChart: ChartSpec = {
  id: 'incidents-by-cause',
  kind: 'pie',
  title: '按故障原因分类',
  categories: ['技术支持', '软件故障', '链路故障', '施工损坏', '设备故障'],
  series: [{ name: '故障数', values: [4, 2, 1, 1, 1] }],
  valueAxisTitle: '起',
};

const departmentChart: ChartSpec = {
  id: 'incidents-by-department',
  kind: 'column',
  title: '按部门分类',
  categories: ['网络部', '网站平台部', '资源部', 'IDC 部', '安全和备份部'],
  series: [{ name: '故障数', values: [7, 2, 0, 0, 0] }],
  valueAxisTitle: '起',
};

const trendChart: ChartSpec = {
  id: 'incidents-by-month',
  kind: 'line',
  title: '近六个月故障趋势',
  categories: ['6月', '7月', '8月', '9月', '10月', '11月'],
  series: [
    { name: '故障总数', values: [6, 8, 5, 7, 10, 9] },
    { name: '剔除技术支持', values: [3, 4, 2, 4, 6, 5] },
  ],
  valueAxisTitle: '起',
};

export const SAMPLE_CHARTS: readonly ChartSpec[] = [trendChart, causeChart, departmentChart];

export const SAMPLE_TABLES: readonly ReportTable[] = [
  qualityTargetTable,
  qualityIssueTable,
  networkIncidentTable,
  websiteIncidentTable,
  equipmentTable,
  servicesTable,
  isoChangesTable,
  dataCheckTable,
];

const blocks: Block[] = [
  { kind: 'toc' },
  { kind: 'pageBreak' },
  { kind: 'heading', level: 1, text: '一、本月关键信息摘要' },
  {
    kind: 'bullets',
    items: [
      '本年度的应急演练，各部门报告已完成，网络部和 IDC 部已将演练报告在 OA 提交中心领导审批。其他部门补报审批通过后，再纳入年度统计。',
      '维保服务正常推进（网络部正在招标，其他部门的维保续签工作已完成）。',
    ],
  },
  { kind: 'heading', level: 1, text: '二、质量目标完成情况跟踪' },
  { kind: 'table', table: qualityTargetTable },
  { kind: 'heading', level: 1, text: '三、质量问题处理情况跟踪' },
  { kind: 'table', table: qualityIssueTable },
  { kind: 'pageBreak' },
  { kind: 'heading', level: 1, text: '四、故障分析与改进建议' },
  { kind: 'heading', level: 2, text: '1、故障趋势分析' },
  { kind: 'paragraph', text: '1) 中心 11 月共发生故障 9 起，剔除技术支持后有故障 5 起。' },
  { kind: 'paragraph', text: '2) 事件分析：11 月份一级事件 0 起，二级事件 2 起，三级事件 1 起；其中二级以上超时处理事件 0 起。' },
  { kind: 'chart', chart: trendChart },
  { kind: 'heading', level: 2, text: '2、故障类型分析' },
  { kind: 'paragraph', text: '1) 按故障原因分类：' },
  { kind: 'chart', chart: causeChart },
  { kind: 'paragraph', text: '2) 按部门分类：' },
  { kind: 'chart', chart: departmentChart },
  { kind: 'heading', level: 2, text: '3、故障处理情况及预防改进措施分析' },
  { kind: 'paragraph', text: '附：故障情况汇总表', emphasis: 'strong' },
  { kind: 'heading', level: 3, text: '网络部（7 起）' },
  { kind: 'table', table: networkIncidentTable },
  { kind: 'paragraph', text: `注：表中仅列出 3 起；${HOSTILE_TEXTS[4]} 应显示为文字。`, emphasis: 'note' },
  { kind: 'heading', level: 3, text: '网站平台部（2 起）' },
  { kind: 'table', table: websiteIncidentTable },
  { kind: 'pageBreak' },
  { kind: 'heading', level: 1, text: '五、重要设备情况跟踪' },
  { kind: 'bullets', items: ['1、网络部设备维保正在招标。', '2、资源部、网站部、IDC 部、安全部的维保工作已完成。'] },
  { kind: 'paragraph', text: '维保预警：已过保 2 台，即将到期 1 台。', emphasis: 'strong' },
  { kind: 'heading', level: 2, text: '附：重要设备情况汇总表（信息更新截止于每月最后一日）' },
  { kind: 'table', table: equipmentTable, caption: '网络部' },
  { kind: 'heading', level: 1, text: '六、中心常规业务办理情况' },
  { kind: 'table', table: servicesTable },
  { kind: 'heading', level: 1, text: '七、本月 ISO 文件变更概要' },
  { kind: 'table', table: isoChangesTable },
  { kind: 'pageBreak' },
  { kind: 'heading', level: 1, text: '数据校验' },
  { kind: 'paragraph', text: '以下数据问题不影响报告生成，请各部门核对源表。', emphasis: 'note' },
  { kind: 'table', table: dataCheckTable },
];

export const sampleDocument: ReportDocument = {
  month: '2022-11',
  cover: {
    documentNumber: 'ITSM-4-RP-01',
    version: 'V1.0',
    controlStatus: '受控',
    organisation: 'IT 信息中心',
    title: '服务报告（月报）',
    monthLabel: '2022 年 11 月',
    compilingDepartment: '技术服务管理部',
    compiledDate: '2022 年 12 月 4 日',
    notice: {
      title: '版权声明和保密须知',
      paragraphs: [
        '本文件中出现的任何文字叙述、文档格式、插图、照片、方法、过程等内容，除另有特别注明，版权均属 IT 信息中心所有，受到有关产权及版权法保护。',
        'IT 信息中心 版权所有',
      ],
    },
  },
  blocks,
};
