import { fillTemplate } from '../../messages/issues';
import { paneUiText } from '../../messages/zh-CN';
import type { ReportInfo } from '../../model/records';
import type { Settings } from '../../model/settings';
import type { MonthFigures } from '../buildHandler';

/**
 * Lists the read-only 报告信息 panel: the cover fields a 报告信息 sheet gave, without blank ones.
 *
 * Example: `reportInfoFacts(info)[0]` returns `['编号', 'ITSM-4-RP-01']`.
 */
export function reportInfoFacts(info: ReportInfo): Array<[string, string]> {
  const fields = paneUiText.reportInfoFields;
  const facts: Array<[string, string]> = [
    [fields.documentNumber, info.documentNumber],
    [fields.version, info.version],
    [fields.controlStatus, info.controlStatus],
    [fields.compilingDepartment, info.compilingDepartment],
    [fields.reportMonth, info.reportMonth],
    [fields.compiledDate, info.compiledDate],
  ];
  return facts.filter(([, value]) => value.trim() !== '');
}

/**
 * Lists the settings panel: time limits, non-fault types, warning window and the category rules' count.
 *
 * Example: `settingsFacts(defaultSettings())[0]` returns `['处理时限', '一级 2 小时，二级 4 小时，三级 8 小时']`.
 */
export function settingsFacts(settings: Settings): Array<[string, string]> {
  const fields = paneUiText.settingsFields;
  const limits = settings.timeLimitMinutes;
  return [
    [
      fields.timeLimits,
      fillTemplate(paneUiText.timeLimitsValue, {
        level1: formatMinutes(limits['1']),
        level2: formatMinutes(limits['2']),
        level3: formatMinutes(limits['3']),
      }),
    ],
    [fields.nonFaultTypes, settings.nonFaultTypes.join('、')],
    [
      fields.warningDays,
      fillTemplate(paneUiText.warningDaysValue, { days: settings.warrantyWarningDays }),
    ],
    [
      fields.categoryRules,
      fillTemplate(paneUiText.categoryRulesValue, {
        count: settings.categoryRules.length,
        fallback: settings.defaultCategory,
      }),
    ],
  ];
}

/**
 * Lists the key figures of a written report, for the result panel.
 *
 * Example: `figureFacts(figures, settings, 4)[0]` returns `['故障', '9 起（剔除技术支持后 5 起）']`.
 */
export function figureFacts(
  figures: MonthFigures,
  settings: Settings,
  syncs: number
): Array<[string, string]> {
  const text = paneUiText.figures;
  const incidents = figures.incidents;
  const services = figures.services;
  return [
    [
      text.incidents,
      fillTemplate(text.incidentsValue, {
        total: incidents.total,
        nonFault: settings.nonFaultTypes.join('、'),
        faults: incidents.faults,
      }),
    ],
    [
      text.levels,
      fillTemplate(text.levelsValue, {
        level1: incidents.byLevel[1],
        level2: incidents.byLevel[2],
        level3: incidents.byLevel[3],
      }),
    ],
    [text.timeouts, fillTemplate(text.timeoutsValue, { count: incidents.timeouts })],
    [
      text.services,
      services === null ? text.servicesMissing : fillTemplate(text.servicesValue, services),
    ],
    [text.documents, fillTemplate(text.documentsValue, { count: figures.documentChanges })],
    [text.equipment, fillTemplate(text.equipmentValue, { count: figures.equipmentRows })],
    [text.syncs, String(syncs)],
  ];
}

/** 120 → "2 小时", 90 → "90 分钟". */
function formatMinutes(minutes: number): string {
  return minutes % 60 === 0
    ? fillTemplate(paneUiText.hours, { count: minutes / 60 })
    : fillTemplate(paneUiText.minutes, { count: minutes });
}
