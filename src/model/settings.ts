import { z } from 'zod';
import { ROLE_DEFINITIONS } from './sources/roles';

/** Service categories the quality targets are counted by. */
export const SERVICE_CATEGORIES = ['网络类', '网站类', '公共应用类', '数据中心类'] as const;

const categoryRuleSchema = z.object({
  /** Department whose incidents this rule classifies; empty matches every department. */
  department: z.string().default(''),
  /** Keywords searched in the incident's object (故障对象); empty matches any object. */
  objectKeywords: z.array(z.string()).default([]),
  category: z.string().min(1),
});

/** One optional list of titles per field of every role; unknown roles and fields are rejected. */
function headerSynonymsSchema() {
  const roles = Object.fromEntries(
    ROLE_DEFINITIONS.map((definition) => {
      const fields = Object.fromEntries(definition.fields.map((field) => [field.field, z.array(z.string().min(1)).optional()]));
      return [definition.role, z.object(fields).strict().optional()];
    }),
  );
  return z.object(roles).strict();
}

/** Extra titles per role and field, as `settings.headerSynonyms` holds them. */
export type HeaderSynonyms = Partial<Record<string, Partial<Record<string, string[]>>>>;

/**
 * Settings the user can change. Defaults are examples, not a standard: no
 * public national rule fixes incident time limits.
 */
export const settingsSchema = z
  .object({
    /** Time limit in minutes per severity level (1 = 一级); a level left out keeps its default. */
    timeLimitMinutes: z
      .object({
        '1': z.number().positive().default(120),
        '2': z.number().positive().default(240),
        '3': z.number().positive().default(480),
      })
      .strict()
      .prefault({}),
    /** Incident types that are not faults (剔除后计故障数). */
    nonFaultTypes: z.array(z.string().min(1)).default(['技术支持']),
    /** Days before a maintenance end date when the ledger warns 即将到期. */
    warrantyWarningDays: z.number().int().min(0).max(3650).default(90),
    /** Departments in report order; their names are matched ignoring spaces. */
    departments: z.array(z.string().min(1)).default(['网络部', '网站平台部', '资源部', 'IDC 部', '安全和备份部']),
    /** Category rules, tried in order: object keywords first, then department defaults. */
    categoryRules: z.array(categoryRuleSchema).default([
      { department: '网站平台部', objectKeywords: ['网站', '政府在线'], category: '网站类' },
      { department: '网络部', objectKeywords: [], category: '网络类' },
      { department: 'IDC 部', objectKeywords: [], category: '数据中心类' },
      { department: '网站平台部', objectKeywords: [], category: '公共应用类' },
      { department: '资源部', objectKeywords: [], category: '公共应用类' },
      { department: '安全和备份部', objectKeywords: [], category: '公共应用类' },
    ]),
    /** Category for incidents no rule matches. */
    defaultCategory: z.string().min(1).default('公共应用类'),
    /**
     * Extra column titles per role and field, tried before the built-in
     * synonyms, e.g. { incidents: { date: ['故障开始时间'] } } for a ticket export.
     */
    headerSynonyms: headerSynonymsSchema().prefault({}),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** Returns the settings used when the user gives none. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
