import { fillTemplate } from '../messages/issues';
import { functionText } from '../messages/zh-CN';
import type { Diagnostic } from '../model/diagnostic';
import { parseAddress } from '../model/sources/address';
import { invalidValue } from './excelError';

/**
 * Throws #VALUE! for the first error among a range's diagnostics, naming its
 * row and column within the range and how many more errors there are.
 * Warnings (a duration whose length and clock range disagree) pass, as in the report.
 *
 * Example: a level cell 高 in the range's third row, third column → #VALUE! "区域第 3 行第 3 列：无法识别事件级别“高”。…".
 */
export function rejectCellErrors(diagnostics: Diagnostic[]): void {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length === 0) {
    return;
  }

  throw invalidValue(
    describeCellError(errors[0]) +
      (errors.length > 1
        ? fillTemplate(functionText.moreProblems, { count: errors.length - 1 })
        : '')
  );
}

/** A diagnostic's message prefixed with its position in the range (1-based), or the bare message for whole-range problems. */
export function describeCellError(diagnostic: Diagnostic): string {
  if (diagnostic.cell === '') {
    return diagnostic.message;
  }
  const position = parseAddress(diagnostic.cell);
  return fillTemplate(functionText.cellProblem, {
    row: position.row + 1,
    column: position.column + 1,
    message: diagnostic.message,
  });
}
