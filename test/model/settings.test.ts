import { classifyIncident } from '../../src/model/compute/classifyIncident';
import { defaultSettings } from '../../src/model/settings';
import { parseSettingsJson } from '../../src/model/settingsFile';

describe('settings', () => {
  test('defaults', () => {
    const settings = defaultSettings();
    expect(settings.timeLimitMinutes).toEqual({ '1': 120, '2': 240, '3': 480 });
    expect(settings.nonFaultTypes).toEqual(['技术支持']);
    expect(settings.warrantyWarningDays).toBe(90);
  });

  test('a partial file keeps the other defaults', () => {
    const result = parseSettingsJson('{"warrantyWarningDays": 60}', 's.json');
    expect(result.ok && result.settings.warrantyWarningDays).toBe(60);
    expect(result.ok && result.settings.nonFaultTypes).toEqual(['技术支持']);
  });

  test.each([
    ['{', '不是有效的 JSON'],
    ['{"timeLimitMinutes": {"1": -1, "2": 1, "3": 1}}', 'timeLimitMinutes.1'],
    ['{"unknownKey": 1}', 'unknownKey'],
    ['[]', '（根）'],
  ])('invalid file %s names the problem', (text, expected) => {
    const result = parseSettingsJson(text, 's.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(expected);
    expect(!result.ok && result.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('classifyIncident', () => {
  const settings = defaultSettings();

  test.each([
    ['网络部', '网络三类用户', '网络类'],
    ['IDC部', '机房空调', '数据中心类'],
    ['网站平台部', '政府在线首页', '网站类'],
    ['网站平台部', '公务员之窗', '公共应用类'],
    ['资源部', '交换平台', '公共应用类'],
    ['安全和备份部', 'CA 系统', '公共应用类'],
    ['未知部门', '某系统', '公共应用类'],
  ])('%s / %s → %s', (department, object, expected) => {
    expect(classifyIncident(department, object, settings)).toBe(expected);
  });
});
