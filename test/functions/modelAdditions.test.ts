import { equipmentWarning } from '../../src/model/compute/equipmentWarning';
import { judgeEquipmentCells } from '../../src/model/compute/judgeEquipmentCells';
import { knownCategories, selectIncidents } from '../../src/model/compute/selectIncidents';
import type { Incident } from '../../src/model/records';
import { defaultSettings } from '../../src/model/settings';

const settings = defaultSettings();
const NOVEMBER_30 = { year: 2022, month: 11, day: 30, precision: 'day' as const };

function incident(overrides: Partial<Incident>): Incident {
  return {
    origin: { file: 'f', sheet: 's', row: 2 },
    department: '网络部',
    date: { year: 2022, month: 11, day: 3, precision: 'day' },
    durationMinutes: 60,
    level: null,
    object: '',
    type: '软件故障',
    description: '',
    measures: '',
    category: '网络类',
    display: { date: '', duration: '', level: '' },
    ...overrides,
  };
}

describe('selectIncidents', () => {
  const incidents = [
    incident({ level: 2, durationMinutes: 300 }),
    incident({ level: 1, durationMinutes: 100 }),
    incident({ level: 3, durationMinutes: 600, type: '技术支持' }),
    incident({
      date: { year: 2022, month: 10, day: 3, precision: 'day' },
      level: 2,
      durationMinutes: 300,
      category: '网站类',
    }),
  ];

  test('no criteria selects every incident', () => {
    expect(selectIncidents(incidents, {}, settings)).toHaveLength(4);
  });

  test('month, level, type and category', () => {
    expect(selectIncidents(incidents, { month: { year: 2022, month: 11 } }, settings)).toHaveLength(
      3
    );
    expect(selectIncidents(incidents, { level: 2 }, settings)).toHaveLength(2);
    expect(selectIncidents(incidents, { type: ' 技术 支持' }, settings)).toHaveLength(1);
    expect(selectIncidents(incidents, { category: '网站类' }, settings)).toHaveLength(1);
  });

  test('faults leave out 技术支持', () => {
    expect(selectIncidents(incidents, { faultsOnly: true }, settings)).toHaveLength(3);
  });

  test('timeouts at or above a level', () => {
    expect(selectIncidents(incidents, { timeoutsAtOrAbove: 2 }, settings)).toHaveLength(2);
    expect(selectIncidents(incidents, { timeoutsAtOrAbove: 1 }, settings)).toHaveLength(0);
    expect(selectIncidents(incidents, { timeoutsAtOrAbove: 3 }, settings)).toHaveLength(3);
  });

  test('known categories follow the rules', () => {
    expect(knownCategories(settings)).toEqual(['网站类', '网络类', '数据中心类', '公共应用类']);
  });
});

describe('judgeEquipmentCells', () => {
  test('expired maintenance without a spare is high risk', () => {
    const judged = judgeEquipmentCells(
      { maintenance: '齐普生 2022/10/1', spare: '---' },
      NOVEMBER_30,
      settings
    );
    expect(judged.ok && judged.value).toMatchObject({ warranty: '已过保', highRisk: true });
  });

  test('a spare lowers the risk', () => {
    const judged = judgeEquipmentCells(
      { maintenance: '齐普生 2022/10/1', spare: '有' },
      NOVEMBER_30,
      settings
    );
    expect(judged.ok && judged.value).toMatchObject({ warranty: '已过保', highRisk: false });
  });

  test('serial dates in the maintenance cell', () => {
    const judged = judgeEquipmentCells({ maintenance: 46022 }, NOVEMBER_30, settings);
    expect(judged.ok && judged.value.warranty).toBe('在保');
  });

  test('已停产 in a text is flagged', () => {
    const judged = judgeEquipmentCells(
      { maintenance: '2025/1/1', texts: ['F5', '厂商已停产'] },
      NOVEMBER_30,
      settings
    );
    expect(judged.ok && judged.value).toMatchObject({ discontinued: true, highRisk: true });
  });

  test('unreadable cells fail with their issue', () => {
    expect(judgeEquipmentCells({ life: '很久' }, NOVEMBER_30, settings)).toMatchObject({
      ok: false,
      issue: { code: 'life.invalid' },
    });
    expect(judgeEquipmentCells({ startDate: '上周' }, NOVEMBER_30, settings)).toMatchObject({
      ok: false,
      issue: { code: 'date.invalid' },
    });
  });
});

describe('equipmentWarning', () => {
  test('joins the verdicts in report order', () => {
    const status = {
      warranty: '已过保' as const,
      life: '超期服役' as const,
      highRisk: true,
      discontinued: true,
      issues: [],
    };
    expect(equipmentWarning(status)).toBe('已过保；超期服役；已停产；高风险');
  });

  test('life within its range is not shown', () => {
    const status = {
      warranty: '在保' as const,
      life: '寿命期内' as const,
      highRisk: false,
      discontinued: false,
      issues: [],
    };
    expect(equipmentWarning(status)).toBe('在保');
  });
});
