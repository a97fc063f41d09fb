import { FakeProxy, FakeRequestContext, fakeError } from './fakeContext';
import { FakeWorksheetCollection } from './fakeWorksheet';
import type { FakeWorkbookData } from './fakeWorkbook';

class FakeWorkbook extends FakeProxy {
  readonly worksheets: FakeWorksheetCollection;

  constructor(ctx: FakeRequestContext, private readonly book: FakeWorkbookData) {
    super(ctx, false);
    this.worksheets = new FakeWorksheetCollection(ctx, book);
  }

  /** Workbook.application: only calculate() is modelled, recorded in `calculations`. */
  get application(): { calculate: (calculationType: string) => void } {
    this.ctx.assertActive();
    return {
      calculate: (calculationType: string) =>
        this.ctx.enqueue(() => {
          this.book.calculations = [...(this.book.calculations ?? []), calculationType];
        }),
    };
  }

  get use1904DateSystem(): boolean {
    return this.loaded<boolean>('use1904DateSystem');
  }

  protected readProperty(name: string): unknown {
    if (name === 'use1904DateSystem') return this.book.date1904;
    throw fakeError('PropertyNotFound', `Workbook has no property ${name}`);
  }

  protected resolvesToNull(): boolean {
    return false;
  }
}

/**
 * An in-memory Excel host: `run` plays `Excel.run`, giving the batch a fresh
 * request context whose proxies die when the batch ends; `syncCount` counts
 * every context.sync() of every batch.
 *
 * Example: `const host = new FakeExcelHost(createFakeWorkbook(seeds)); await host.run(readWorkbookSources);`
 */
export class FakeExcelHost {
  syncCount = 0;

  constructor(readonly book: FakeWorkbookData) {}

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const ctx = new FakeRequestContext();
    const workbook = new FakeWorkbook(ctx, this.book);
    const context = Object.assign(ctx, { workbook });

    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      this.syncCount += ctx.syncCount;
      ctx.close();
    }
  }

  /** The sheet of that name, or undefined. */
  sheet(name: string) {
    return this.book.sheets.find((sheet) => sheet.name === name);
  }
}
