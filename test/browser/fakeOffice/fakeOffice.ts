/**
 * A stand-in for Office.js in a plain browser: defines `Office`, `Excel` and
 * `CustomFunctions` backed by the in-memory Excel host, seeded with the
 * example workbooks, before the add-in's bundles load. The preview server
 * and the browser test serve it in place of Microsoft's office.js.
 *
 * The open workbook (named 月报素材.xlsx) holds every sheet of the example
 * files, except files named in `?omit=` query parameters, which a test can
 * then add through the pane's file picker. `window.fakeExcel` exposes the
 * host, so a test can read the selection, sheets and sync count.
 */
import ExcelJS from 'exceljs';
import { workbookSources } from '../../../src/io/workbookSources';
import { FakeExcelHost } from '../../taskpane/fakeExcel/fakeExcel';
import { createFakeWorkbook } from '../../taskpane/fakeExcel/fakeWorkbook';
import { seedsOf } from '../../taskpane/fakeExcel/seedSheets';

/** Example workbook file names, listed by the preview webpack config at build time. */
declare const EXAMPLE_FILES: string[];

/** Folder, relative to the page, that the preview build copies the example workbooks into. */
const EXAMPLES_URL = 'preview/examples/';

const WORKBOOK_NAME = '月报素材.xlsx';

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

async function seedHost(): Promise<FakeExcelHost> {
  const omitted = new Set(new URLSearchParams(window.location.search).getAll('omit'));
  const files = EXAMPLE_FILES.filter((file) => !omitted.has(file));

  const sources = await Promise.all(
    files.map(async (file) => {
      const response = await fetch(`${EXAMPLES_URL}${encodeURIComponent(file)}`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      return workbookSources(workbook, file);
    })
  );
  return new FakeExcelHost(createFakeWorkbook(seedsOf(sources.flat())));
}

const hostReady = seedHost();
const readyInfo = hostReady.then((host) => {
  Object.assign(window, { fakeExcel: host });
  return { host: 'Excel', platform: 'OfficeOnline' };
});

Object.assign(window, {
  Office: {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
    context: {
      document: { url: WORKBOOK_NAME },
      requirements: { isSetSupported: () => true },
    },
    onReady: (callback?: (info: unknown) => void) =>
      readyInfo.then((info) => {
        callback?.(info);
        return info;
      }),
  },
  Excel: {
    run: (batch: Batch) => hostReady.then((host) => host.run(batch)),
    CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
  },
  CustomFunctions: {
    associate: () => undefined,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    Error: class extends Error {
      constructor(readonly code: string, message?: string) {
        super(message);
      }
    },
  },
});
