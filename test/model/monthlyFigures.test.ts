import { analyseMonth } from '../../src/model/analyseMonth';
import { toMonthlyFigures } from '../../src/model/monthlyFigures';
import { defaultSettings } from '../../src/model/settings';
import type { Source } from '../../src/model/sources/source';

describe('toMonthlyFigures', () => {
  test('a __proto__ incident type stays a plain count', () => {
    const source: Source = {
      origin: { file: 'log.xlsx', sheet: '故障登记', topLeft: 'A1' },
      values: [
        ['日期', '持续时间', '事件级别', '故障对象', '故障类型'],
        ['2022/11/3', '1小时', '', '网络三类用户', '__proto__'],
        ['2022/11/4', '1小时', '', '网络三类用户', '链路故障'],
      ],
      date1904: false,
    };

    const figures = toMonthlyFigures(analyseMonth([source], { year: 2022, month: 11 }, defaultSettings()));
    const byType = JSON.parse(JSON.stringify(figures)).incidents.byType;

    expect(Object.keys(byType).sort()).toEqual(['__proto__', '链路故障']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
