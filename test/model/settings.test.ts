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

describe('settings file leniency and wording', () => {
  test('one time limit keeps the other levels at their defaults', () => {
    const result = parseSettingsJson('{"timeLimitMinutes": {"1": 60}}', 's.json');
    expect(result.ok && result.settings.timeLimitMinutes).toEqual({ '1': 60, '2': 240, '3': 480 });
  });

  test('a negative limit names the field in Chinese only', () => {
    const result = parseSettingsJson('{"timeLimitMinutes": {"1": -5}}', 's.json');
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toContain('timeLimitMinutes.1：应为大于 0 的数字');
    expect(message).not.toContain('timeLimitMinutes.2');
    expect(message).not.toMatch(/number|expected|期望/i);
  });

  test.each([
    ['{"warrantyWarningDays": "90"}', 'warrantyWarningDays：应为数字'],
    ['{"nonFaultTypes": "技术支持"}', 'nonFaultTypes：应为列表'],
    ['{"timeLimitMinutes": {"4": 10}}', '不认识的设置项：4'],
    ['{"headerSynonyms": {"incidents": {"dat": ["故障开始时间"]}}}', '不认识的设置项：dat'],
    ['{"headerSynonyms": {"incidents": {"date": [""]}}}', '不能为空文本'],
  ])('%s gives a Chinese reason', (text, expected) => {
    const result = parseSettingsJson(text, 's.json');
    expect(!result.ok && result.message).toContain(expected);
  });

  test('header synonyms default to empty', () => {
    expect(defaultSettings().headerSynonyms).toEqual({});
  });
});
