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
    return { kind: 'error', message: describeArgumentError(error as NodeJS.ErrnoException) };
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

const OPTIONS = {
  month: { type: 'string' },
  out: { type: 'string' },
  settings: { type: 'string' },
  format: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseOptions(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
}

/**
 * Turns a `util.parseArgs` error into a Chinese message naming the option.
 * Node's English text is not shown; the option name is taken from it
 * (Node 20 quotes it: `Unknown option '--monht'`).
 */
function describeArgumentError(error: NodeJS.ErrnoException): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  const name = option.replace(/^-+/, '');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const suggestion = closestOption(name);
      const hint = suggestion ? fillTemplate(cliText.didYouMean, { option: `--${suggestion}` }) : '';
      return fillTemplate(cliText.unknownOption, { option, hint });
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return name in OPTIONS && OPTIONS[name as keyof typeof OPTIONS].type === 'boolean'
        ? fillTemplate(cliText.optionTakesNoValue, { option: `--${name}` })
        : fillTemplate(cliText.optionValueMissing, { option: `--${name}` });
    default:
      return fillTemplate(cliText.badArguments, { reason: option === '' ? cliText.unknownArgumentProblem : option });
  }
}

/** The known option within two typing mistakes of `name` (Levenshtein distance), if any. */
function closestOption(name: string): string | undefined {
  const ranked = Object.keys(OPTIONS)
    .map((option) => ({ option, distance: editDistance(name.toLowerCase(), option) }))
    .sort((a, b) => a.distance - b.distance);
  return ranked[0] && ranked[0].distance <= 2 ? ranked[0].option : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
