import { fillTemplate } from '../../messages/issues';
import { paneUiText } from '../../messages/zh-CN';
import type { Source } from '../../model/sources/source';

export interface AddedFiles {
  sources: Source[];
  /** One Chinese message per file that was skipped or could not be read. */
  problems: string[];
}

/**
 * Reads .xlsx files the user picked into sources, in the pane, with exceljs.
 * exceljs (about 1 MB) is loaded by dynamic import on the first call only,
 * so opening the pane does not download it. A file that is not .xlsx or
 * cannot be read becomes a message; the other files are still read.
 *
 * Example: `await readAddedFiles([file])` returns `{ sources: [网络部.xlsx's sheets…], problems: [] }`.
 */
export async function readAddedFiles(files: File[]): Promise<AddedFiles> {
  const sources: Source[] = [];
  const problems: string[] = [];
  const workbookFiles = files.filter((file) => {
    const isXlsx = /\.xlsx$/i.test(file.name);
    if (!isXlsx) problems.push(fillTemplate(paneUiText.fileNotXlsx, { file: file.name }));
    return isXlsx;
  });
  if (workbookFiles.length === 0) return { sources, problems };

  const [{ default: ExcelJS }, { workbookSources }] = await Promise.all([
    import(/* webpackChunkName: "exceljs" */ 'exceljs'),
    import(/* webpackChunkName: "exceljs" */ '../../io/workbookSources'),
  ]);

  for (const file of workbookFiles) {
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await file.arrayBuffer());
      sources.push(...workbookSources(workbook, file.name));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(fillTemplate(paneUiText.fileUnreadable, { file: file.name, reason }));
    }
  }
  return { sources, problems };
}
