import { judgeEquipment } from '../../src/model/compute/equipmentStatus';
import { parseDate } from '../../src/model/parse/parseDate';
import { parseMaintenance } from '../../src/model/parse/parseMaintenance';
import { parseServiceLife } from '../../src/model/parse/parseServiceLife';
import type { Parsed } from '../../src/model/parse/parsed';
import type { EquipmentRecord } from '../../src/model/records';
import { defaultSettings } from '../../src/model/settings';

const AS_OF = { year: 2022, month: 11, day: 30, precision: 'day' as const };

function valueOf<T>(result: Parsed<T>): T {
  if (!result.ok) {
    throw new Error(`fixture value did not parse: ${result.issue.input}`);
  }
  return result.value;
}

function judge(maintenance: string, options: { start?: string; life?: string; spare?: string; progress?: string } = {}) {
  const parsedMaintenance = valueOf(parseMaintenance(maintenance, { defaultYear: 2022 }));
  const record: EquipmentRecord = {
    origin: { file: 'f.xlsx', sheet: '重要设备', row: 4 },
    department: '网络部',
    group: '',
    name: '设备',
    startDate: options.start ? valueOf(parseDate(options.start)) : null,
    life: options.life ? valueOf(parseServiceLife(options.life)) : null,
    spare: options.spare ?? '---',
    hasSpare: options.spare !== undefined && options.spare !== '---',
    maintenanceText: maintenance,
    maintenanceEnd: null,
    history: '',
    progress: options.progress ?? '',
    display: { startDate: '', life: '' },
  };
  return judgeEquipment(record, parsedMaintenance, AS_OF, defaultSettings());
}

describe('judgeEquipment warranty', () => {
  test.each([
    ['齐普生 2022/10/1', '已过保'],
    ['齐普生 2023/1/15', '即将到期'],
    ['齐普生 2024/1/15', '在保'],
    ['启明星辰 2022-12', '即将到期'],
    ['已过保, 无服务商', '已过保'],
    ['租用 2022/9/1', '租用'],
    ['正在建设中', '建设中'],
    ['盛凯信息科技有限公司', '无维保信息'],
    ['', '无维保信息'],
    ['2022年9月26日至2015年9月26日', '数据错误'],
    ['2022年9月26日至2025年9月26日', '在保'],
  ])('%s → %s', (maintenance, expected) => {
    expect(judge(maintenance).warranty).toBe(expected);
  });

  test('maintenance ending before the start date is a data error', () => {
    const status = judge('2015 年 11 月 10 日', { start: '2019 年 7 月' });
    expect(status.warranty).toBe('数据错误');
    expect(status.issues[0].code).toBe('equipment.maintenanceBeforeStart');
  });

  test('a reversed period names both dates', () => {
    const status = judge('2022. 11-- 2015. 11');
    expect(status.issues[0]).toMatchObject({ code: 'equipment.periodReversed', detail: { end: '2015年11月30日' } });
  });
});

describe('judgeEquipment service life and risk', () => {
  test.each([
    ['2019/6/23', '3-5 年', '已达寿命'],
    ['2015/3/21', '3-5 年', '超期服役'],
    ['2021/1/1', '3 年', '寿命期内'],
  ])('started %s with life %s → %s', (start, life, expected) => {
    expect(judge('齐普生 2024/1/1', { start, life }).life).toBe(expected);
  });

  test('unknown start gives no life verdict', () => {
    expect(judge('齐普生 2024/1/1', { life: '3 年' }).life).toBeNull();
  });

  test('expired without a spare is high risk', () => {
    expect(judge('已过保').highRisk).toBe(true);
    expect(judge('已过保', { spare: 'sun v880' }).highRisk).toBe(false);
  });

  test('已停产 anywhere flags the row', () => {
    const status = judge('齐普生 2024/1/1', { spare: '1 台', progress: '已停产, 无法购买维保服务' });
    expect(status).toMatchObject({ discontinued: true, highRisk: true });
  });
});
