import { parseArgs } from 'util';
import { fillTemplate } from '../messages/issues';
import { cliText } from '../messages/zh-CN';
import { parseReportMonth, previousMonth, ReportMonth } from '../model/reportMonth';

export const OUTPUT_FORMATS = ['xlsx', 'html', 'docx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface BuildOptions {
  inputs: string[];
  month: ReportMonth;
  outDir: string;
  settingsFile?: string;
  formats: OutputFormat[];
  json: boolean;
}

export type ParsedCommand = { kind: 'help' } | { kind: 'build'; options: BuildOptions } | { kind: 'error'; message: string };

/**
 * Parses `build <inputs...> --month YYYY-MM --out DIR [--settings FILE] [--format xlsx,html] [--json]`.
 * Returns a Chinese message for anything invalid instead of throwing.
 */
export function parseArguments(argv: string[], today: Date = new Date()): ParsedCommand {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    return { kind: 'error', message: fillTemplate(cliText.badArguments, { reason: (error as Error).message }) };
  }

  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    return { kind: 'help' };
  }
  const [command, ...inputs] = positionals;
  if (command !== 'build') {
    return { kind: 'error', message: fillTemplate(cliText.unknownCommand, { command }) };
  }
  if (inputs.length === 0) {
    return { kind: 'error', message: cliText.noInputs };
  }
  if (!values.out) {
    return { kind: 'error', message: cliText.noOut };
  }

  const month = values.month ? parseReportMonth(values.month) : previousMonth({ year: today.getFullYear(), month: today.getMonth() + 1 });
  if (!month) {
    return { kind: 'error', message: fillTemplate(cliText.badMonth, { month: values.month }) };
  }

  const formats = (values.format ?? OUTPUT_FORMATS.join(',')).split(',').map((format) => format.trim().toLowerCase());
  const invalid = formats.find((format) => !(OUTPUT_FORMATS as readonly string[]).includes(format));
  if (invalid !== undefined) {
    return { kind: 'error', message: fillTemplate(cliText.badFormat, { format: invalid, allowed: OUTPUT_FORMATS.join(', ') }) };
  }

  return {
    kind: 'build',
    options: {
      inputs,
      month,
      outDir: values.out,
      settingsFile: values.settings,
      formats: [...new Set(formats)] as OutputFormat[],
      json: Boolean(values.json),
    },
  };
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      month: { type: 'string' },
      out: { type: 'string' },
      settings: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
