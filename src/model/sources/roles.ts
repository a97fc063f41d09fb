/** What a source sheet contains, recognised from its header row. */
export type SourceRole =
  | 'incidents'
  | 'equipment'
  | 'targets'
  | 'services'
  | 'documents'
  | 'qualityIssues'
  | 'keyInfo'
  | 'maintenanceNotes'
  | 'reportInfo';

export interface FieldDefinition {
  field: string;
  /** Column titles that mean this field (synonyms), compared after `headerKey`. */
  titles: string[];
  required: boolean;
}

export interface RoleDefinition {
  role: SourceRole;
  fields: FieldDefinition[];
  /** Known titles a row must contain to be this role's header row. */
  minMatches: number;
}

function field(name: string, titles: string[], required = false): FieldDefinition {
  return { field: name, titles, required };
}

/**
 * Column titles per role. Fields listed in order: when a title occurs twice
 * (累计值(年) in the target table), the first field takes the first column.
 */
export const ROLE_DEFINITIONS: RoleDefinition[] = [
  {
    role: 'incidents',
    minMatches: 4,
    fields: [
      field('date', ['日期', '发生时间', '故障时间', '发生日期', '故障日期'], true),
      field('duration', ['持续时间', '处理时长', '故障时长'], true),
      field('level', ['事件级别', '级别', '故障级别']),
      field('object', ['故障对象', '影响对象']),
      field('type', ['故障类型', '故障原因', '异常类型']),
      field('description', ['故障情况', '故障描述', '问题现象']),
      field('measures', ['预防改进措施', '改进措施', '整改措施']),
      field('start', ['开始时间', '故障开始时间']),
      field('end', ['结束时间', '故障结束时间']),
      field('department', ['部门', '责任部门', '单位简称']),
    ],
  },
  {
    role: 'equipment',
    minMatches: 4,
    fields: [
      field('group', ['设备类型', '机房']),
      field('name', ['设备名称'], true),
      field('startDate', ['启用日期', '启用时间']),
      field('life', ['常规使用寿命', '使用寿命']),
      field('spare', ['备机']),
      field('maintenance', ['维保情况'], true),
      field('history', ['历史故障或配置变更摘要', '历史故障摘要', '历史故障']),
      field('progress', ['本月最新进展', '本月最新变化']),
      field('department', ['部门']),
    ],
  },
  {
    role: 'targets',
    minMatches: 6,
    fields: [
      field('category', ['分类']),
      field('target', ['目标'], true),
      field('targetValue', ['目标值(年)', '目标值']),
      field('ytd', ['累计值(年)', '累计值']),
      field('month', ['本月值', '本月值(年)']),
      field('indicator', ['部门指标'], true),
      field('subTargetValue', ['分目标值(年)', '分目标值']),
      field('subYtd', ['累计值(年)', '累计值']),
      field('subMonth', ['本月值', '本月值(年)']),
      field('responsible', ['责任部门']),
      field('provider', ['数据提供部门']),
      field('frequency', ['统计频次']),
    ],
  },
  {
    role: 'services',
    minMatches: 3,
    fields: [
      field('name', ['业务名称'], true),
      field('inProgress', ['本月在办总量', '在办总量'], true),
      field('completed', ['本月办结总量', '办结总量']),
      field('overdue', ['超时完成数量', '超时完成数']),
    ],
  },
  {
    role: 'documents',
    minMatches: 4,
    fields: [
      field('index', ['序号']),
      field('name', ['文件名称'], true),
      field('version', ['版本号']),
      field('changeType', ['变更类型'], true),
      field('content', ['变更内容']),
      field('published', ['发布时间', '发布日期']),
      field('location', ['存放位置']),
    ],
  },
  {
    role: 'qualityIssues',
    minMatches: 3,
    fields: [
      field('issue', ['质量问题或要求', '质量问题'], true),
      field('raised', ['提出时间']),
      field('department', ['责任部门']),
      field('progress', ['最新进展', '最新进展跟踪']),
    ],
  },
  {
    role: 'keyInfo',
    minMatches: 1,
    fields: [field('text', ['本月关键信息', '关键信息'], true), field('index', ['序号'])],
  },
  {
    role: 'maintenanceNotes',
    minMatches: 1,
    fields: [field('text', ['本月重要设备情况', '设备维保进展'], true), field('index', ['序号'])],
  },
];

/** Keys of the report information sheet (报告信息), read as key/value rows. */
export const REPORT_INFO_KEYS = ['编号', '版本号', '受控状态', '编制单位', '编制部门', '报告月份', '编制日期', '版权声明', '保密须知'];
