import { recogniseSource } from '../../src/model/sources/recogniseSource';
import { tableRows } from '../../src/model/sources/tableRows';
import type { CellValue, Source } from '../../src/model/sources/source';

function source(values: CellValue[][], sheet = 'Sheet1'): Source {
  return { origin: { file: 'test.xlsx', sheet, topLeft: 'A1' }, values, date1904: false };
}

describe('recogniseSource', () => {
  test('finds the header below title rows', () => {
    const recognised = recogniseSource(
      source([
        ['网络部故障情况登记表（2022年）', '', '', '', ''],
        ['日期', '持续时间', '事件级别', '故障对象', '故障类型'],
        [44868, '1小时', '', '网络三类用户', '链路故障'],
      ]),
    );
    expect(recognised).toMatchObject({ role: 'incidents', headerRow: 1, titleText: '网络部故障情况登记表（2022年）' });
    expect(recognised?.columns.get('duration')).toBe(1);
  });

  test('folds full-width characters and spaces in titles', () => {
    const recognised = recogniseSource(source([['业务 名称', '本月在办总量', '本月办结总量', '超时完成数量']]));
    expect(recognised?.role).toBe('services');
  });

  test('columns in any order with extra ones', () => {
    const recognised = recogniseSource(source([['备注', '故障类型', '持续时间', '故障对象', '发生时间']]));
    expect(recognised?.role).toBe('incidents');
    expect(recognised?.columns.get('date')).toBe(4);
  });

  test('a repeated title is reported and the first column wins', () => {
    const recognised = recogniseSource(source([['日期', '持续时间', '事件级别', '故障对象', '日期']]));
    expect(recognised?.columns.get('date')).toBe(0);
    expect(recognised?.diagnostics[0]).toMatchObject({ code: 'source.duplicateHeader', severity: 'warning' });
  });

  test('the target table maps both 累计值(年) columns in order', () => {
    const recognised = recogniseSource(
      source([['分类', '目标', '目标值(年)', '累计值(年)', '本月值', '部门指标', '分目标值(年)', '累计值(年)', '本月值', '责任部门', '数据提供部门', '统计频次']]),
    );
    expect(recognised?.columns.get('ytd')).toBe(3);
    expect(recognised?.columns.get('subYtd')).toBe(7);
    expect(recognised?.columns.get('subMonth')).toBe(8);
  });

  test('a sheet with no known header is not recognised', () => {
    expect(recogniseSource(source([['姓名', '电话'], ['张三', '123']]))).toBeUndefined();
    expect(recogniseSource(source([]))).toBeUndefined();
  });

  test('a header below row 10 is not searched', () => {
    const rows: CellValue[][] = Array.from({ length: 10 }, () => ['', '']);
    rows.push(['业务名称', '本月在办总量', '本月办结总量', '超时完成数量']);
    expect(recogniseSource(source(rows))).toBeUndefined();
  });

  test('key/value report info sheet', () => {
    const recognised = recogniseSource(source([['编号', 'ITSM-4-RP-01'], ['版本号', 'V1.0'], ['受控状态', '受控']]));
    expect(recognised?.role).toBe('reportInfo');
  });

  test('__proto__ and constructor titles are plain text', () => {
    const recognised = recogniseSource(source([['__proto__', 'constructor', '业务名称', '本月在办总量', '本月办结总量']]));
    expect(recognised?.role).toBe('services');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('tableRows', () => {
  test('skips blank rows and note rows', () => {
    const recognised = recogniseSource(
      source([
        ['业务名称', '本月在办总量', '本月办结总量', '超时完成数量'],
        ['短信', 2, 2, 0],
        ['', '', '', ''],
        ['邮件', 6, 5, 0],
        ['注：数据来自各部门', '', '', ''],
      ]),
    )!;
    expect(tableRows(recognised).map((row) => row.value('name'))).toEqual(['短信', '邮件']);
  });

  test('merged areas give covered cells their label', () => {
    const merged = source([
      ['设备类型', '设备名称', '启用日期', '维保情况'],
      ['路由器', 'NE80', '', '已过保'],
      ['', '7510E', '', '已过保'],
    ]);
    merged.merges = ['A2:A3'];
    const rows = tableRows(recogniseSource(merged)!);
    expect(rows.map((row) => row.value('group'))).toEqual(['路由器', '路由器']);
  });

  test('without a merge list, group fields fill down', () => {
    const rows = tableRows(
      recogniseSource(
        source([
          ['设备类型', '设备名称', '启用日期', '维保情况'],
          ['路由器', 'NE80', '', '已过保'],
          ['', '7510E', '', '已过保'],
        ]),
      )!,
      ['group'],
    );
    expect(rows.map((row) => row.value('group'))).toEqual(['路由器', '路由器']);
  });
});
