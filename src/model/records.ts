import { z } from 'zod';

/** A calendar date as parsed from a cell; never a JS Date in local time. */
export const calendarDateSchema = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  hour: z.number().int().min(0).max(23).optional(),
  minute: z.number().int().min(0).max(59).optional(),
  precision: z.enum(['year', 'month', 'day', 'minute']),
});

/** Where a record came from: file, sheet and the A1 row number. */
export const recordOriginSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  row: z.number().int().positive(),
});

export const incidentSchema = z.object({
  origin: recordOriginSchema,
  department: z.string(),
  date: calendarDateSchema.nullable(),
  durationMinutes: z.number().nonnegative().nullable(),
  /** 1 = 一级 (most severe); null = unclassified, below 三级. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  object: z.string(),
  type: z.string(),
  description: z.string(),
  measures: z.string(),
  category: z.string(),
  /** Cell texts as the user wrote them, for the report's incident tables. */
  display: z.object({ date: z.string(), duration: z.string(), level: z.string() }),
});
export type Incident = z.infer<typeof incidentSchema>;

export const equipmentSchema = z.object({
  origin: recordOriginSchema,
  department: z.string(),
  group: z.string(),
  name: z.string(),
  startDate: calendarDateSchema.nullable(),
  life: z.object({ minYears: z.number(), maxYears: z.number() }).nullable(),
  spare: z.string(),
  hasSpare: z.boolean(),
  maintenanceText: z.string(),
  maintenanceEnd: calendarDateSchema.nullable(),
  history: z.string(),
  progress: z.string(),
  display: z.object({ startDate: z.string(), life: z.string() }),
});
export type EquipmentRecord = z.infer<typeof equipmentSchema>;

export const serviceRowSchema = z.object({
  name: z.string(),
  inProgress: z.number().nonnegative(),
  completed: z.number().nonnegative(),
  overdue: z.number().nonnegative(),
});
export type ServiceRow = z.infer<typeof serviceRowSchema>;

export const documentChangeSchema = z.object({
  index: z.string(),
  name: z.string(),
  version: z.string(),
  changeType: z.string(),
  content: z.string(),
  published: z.string(),
  location: z.string(),
});
export type DocumentChange = z.infer<typeof documentChangeSchema>;

export const qualityIssueSchema = z.object({
  issue: z.string(),
  raised: z.string(),
  department: z.string(),
  progress: z.string(),
});
export type QualityIssue = z.infer<typeof qualityIssueSchema>;

const cellValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/** One row of the quality-target table as typed; values stay raw until the targets are computed. */
export const targetRowSchema = z.object({
  origin: recordOriginSchema,
  category: z.string(),
  target: z.string(),
  targetValue: cellValueSchema,
  ytd: cellValueSchema,
  month: cellValueSchema,
  indicator: z.string(),
  subTargetValue: cellValueSchema,
  subYtd: cellValueSchema,
  subMonth: cellValueSchema,
  responsible: z.string(),
  provider: z.string(),
  frequency: z.string(),
  /** A1 addresses of the value cells, for diagnostics. */
  cells: z.object({ ytd: z.string(), month: z.string(), subYtd: z.string(), subMonth: z.string() }),
});
export type TargetRow = z.infer<typeof targetRowSchema>;

export const reportInfoSchema = z.object({
  documentNumber: z.string().default('ITSM-4-RP-01'),
  version: z.string().default('V1.0'),
  controlStatus: z.string().default('受控'),
  organisation: z.string().default(''),
  compilingDepartment: z.string().default(''),
  reportMonth: z.string().default(''),
  compiledDate: z.string().default(''),
  notice: z.string().default(''),
});
export type ReportInfo = z.infer<typeof reportInfoSchema>;
