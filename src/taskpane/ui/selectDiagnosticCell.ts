import { fillTemplate } from '../../messages/issues';
import { paneUiText } from '../../messages/zh-CN';
import type { Diagnostic } from '../../model/diagnostic';
import type { ExcelRun } from '../buildHandler';

/**
 * Activates the diagnostic's sheet in the open workbook and selects its
 * cell, in two syncs. Returns null when the cell was selected, or a Chinese
 * message when the sheet is gone or Excel refused.
 *
 * Example: `await selectDiagnosticCell(Excel.run, { sheet: '网络部 故障登记', cell: 'E14', … })` returns null.
 */
export async function selectDiagnosticCell(
  run: ExcelRun,
  diagnostic: Diagnostic
): Promise<string | null> {
  try {
    return await run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(diagnostic.sheet);

      await context.sync();

      if (worksheet.isNullObject)
        return fillTemplate(paneUiText.sheetNotFound, { sheet: diagnostic.sheet });
      worksheet.activate();
      worksheet.getRange(diagnostic.cell).select();

      await context.sync();

      return null;
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fillTemplate(paneUiText.selectFailed, { reason });
  }
}
