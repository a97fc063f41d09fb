import ExcelJS from 'exceljs';

/**
 * The floor of a report build: only reads each .xlsx file named on the
 * command line with exceljs, as the CLI's loader does, and does nothing else.
 */
async function loadAll(files: string[]): Promise<void> {
  for (const file of files) {
    await new ExcelJS.Workbook().xlsx.readFile(file);
  }
}

loadAll(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
