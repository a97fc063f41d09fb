import { promises as fs } from 'fs';
import path from 'path';
import { Diagnostic, sourceDiagnostic } from '../model/diagnostic';
import type { Source } from '../model/sources/source';
import { readWorkbookFile } from './readWorkbookFile';

export { MAX_FILE_BYTES, MAX_SHEET_ROWS } from './readWorkbookFile';

export interface LoadedSources {
  files: string[];
  sources: Source[];
  diagnostics: Diagnostic[];
  /** Paths the user named that do not exist. */
  missing: string[];
}

/**
 * Expands folders to the spreadsheet files directly inside them (skipping
 * Excel's ~$ lock files), then reads every file. A file that cannot be read
 * becomes a diagnostic naming it, and the others still load. The caller
 * decides whether that is fatal, and the CLI treats it as fatal.
 */
export async function loadSources(inputs: string[], onFile?: (file: string) => void): Promise<LoadedSources> {
  const { files, missing } = await expandInputs(inputs);
  const sources: Source[] = [];
  const diagnostics: Diagnostic[] = [];

  for (const file of files) {
    onFile?.(file);
    const result = await readWorkbookFile(file);
    if ('reason' in result) {
      diagnostics.push(sourceDiagnostic({ file: path.basename(file), sheet: '' }, 'source.fileUnreadable', { reason: result.reason }));
    } else {
      sources.push(...result.sources);
    }
  }
  return { files, sources, diagnostics, missing };
}

/** Lists the workbook files the inputs name; a file named twice (directly or through its folder) is read once. */
async function expandInputs(inputs: string[]): Promise<{ files: string[]; missing: string[] }> {
  const candidates: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat) {
      missing.push(input);
    } else if (stat.isDirectory()) {
      const names = (await fs.readdir(input)).filter(isWorkbookName).sort((a, b) => a.localeCompare(b, 'zh-CN'));
      candidates.push(...names.map((name) => path.join(input, name)));
    } else {
      candidates.push(input);
    }
  }

  const seen = new Set<string>();
  const files: string[] = [];
  for (const file of candidates) {
    const identity = await fs.realpath(file).catch(() => path.resolve(file));
    if (!seen.has(identity)) {
      seen.add(identity);
      files.push(file);
    }
  }
  return { files, missing };
}

/**
 * Spreadsheet files of a folder. Old .xls and macro workbooks are listed too,
 * so the reader reports them instead of the build silently leaving them out.
 */
function isWorkbookName(name: string): boolean {
  return /\.(xlsx|xlsm|xls|csv)$/i.test(name) && !name.startsWith('~$');
}
