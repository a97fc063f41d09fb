import type { CellValue } from '../../../src/model/sources/source';
import { FakeProxy, FakeRequestContext, fakeError } from './fakeContext';
import {
  CellRect,
  FakeChartData,
  FakeSheetData,
  FakeWorkbookData,
  cellKey,
  emptySheet,
  parseCell,
  parseRect,
  quoteSheetName,
  rectAddress,
  rectsOverlap,
  usedRect,
} from './fakeWorkbook';

/** Longest worksheet name Excel accepts. */
const MAX_SHEET_NAME = 31;

export class FakeWorksheetCollection extends FakeProxy {
  constructor(ctx: FakeRequestContext, private readonly book: FakeWorkbookData) {
    super(ctx, false);
  }

  get items(): FakeWorksheet[] {
    return this.loaded<FakeWorksheet[]>('items');
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.assertActive();
    return new FakeWorksheet(this.ctx, this.book, () => this.book.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) ?? null);
  }

  add(name: string): FakeWorksheet {
    this.ctx.assertActive();
    let created: FakeSheetData | null = null;
    this.ctx.enqueue(() => {
      if (name.length > MAX_SHEET_NAME || /[\\/?*[\]:]/.test(name)) throw fakeError('InvalidArgument', `Invalid sheet name ${name}`);
      if (this.book.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
        throw fakeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      }
      created = emptySheet(name);
      this.book.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, this.book, () => created);
  }

  protected readProperty(name: string): unknown {
    if (name === 'items' || name.startsWith('items/')) {
      const property = name.startsWith('items/') ? name.slice('items/'.length) : undefined;
      return this.book.sheets.map((sheet) => {
        const worksheet = new FakeWorksheet(this.ctx, this.book, () => sheet, false);
        if (property !== undefined) worksheet.captureNow(property);
        return worksheet;
      });
    }
    throw fakeError('PropertyNotFound', `WorksheetCollection has no property ${name}`);
  }

  protected resolvesToNull(): boolean {
    return false;
  }
}

export class FakeWorksheet extends FakeProxy {
  private bound: FakeSheetData | null | undefined;

  constructor(
    ctx: FakeRequestContext,
    private readonly book: FakeWorkbookData,
    private readonly locate: () => FakeSheetData | null,
    knownNull?: boolean,
  ) {
    super(ctx, knownNull);
  }

  /** The sheet this proxy names, bound the first time a queued command needs it. */
  target(): FakeSheetData | null {
    if (this.bound === undefined) this.bound = this.locate();
    if (this.bound !== null && this.bound.deleted) throw fakeError('ItemNotFound', `The sheet ${this.bound.name} was deleted.`);
    return this.bound;
  }

  requireTarget(): FakeSheetData {
    const sheet = this.target();
    if (sheet === null) throw fakeError('ItemNotFound', 'The worksheet does not exist.');
    return sheet;
  }

  /** The workbook this sheet belongs to. */
  get workbookData(): FakeWorkbookData {
    return this.book;
  }

  /** Captures a property immediately; used for collection items loaded as "items/name". */
  captureNow(property: string): void {
    this.captureProperty(property);
  }

  get name(): string {
    return this.loaded<string>('name');
  }

  set showGridlines(show: boolean) {
    this.ctx.enqueue(() => {
      this.requireTarget().showGridlines = show;
    });
  }

  getRange(address?: string): FakeRange {
    this.ctx.assertActive();
    return new FakeRange(this.ctx, this, () => (address === undefined ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : parseRect(address)));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.assertActive();
    if (valuesOnly !== true) throw fakeError('NotImplemented', 'The fake host tracks the used range of values only.');
    return new FakeRange(this.ctx, this, () => usedRect(this.requireTarget()));
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.requireTarget();
      sheet.deleted = true;
      this.book.sheets.splice(this.book.sheets.indexOf(sheet), 1);
    });
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.book.activeSheet = this.requireTarget().name;
    });
  }

  get charts(): FakeChartCollection {
    this.ctx.assertActive();
    return new FakeChartCollection(this.ctx, this);
  }

  get pageLayout(): FakePageLayout {
    this.ctx.assertActive();
    return new FakePageLayout(this.ctx, this);
  }

  get horizontalPageBreaks(): { add: (range: FakeRange | string) => void } {
    this.ctx.assertActive();
    return {
      add: (range) => {
        const proxy = typeof range === 'string' ? this.getRange(range) : range;
        this.ctx.enqueue(() => {
          this.requireTarget().pageBreakRows.push(proxy.requireRect().top);
        });
      },
    };
  }

  protected readProperty(name: string): unknown {
    if (name === 'name') return this.requireTarget().name;
    throw fakeError('PropertyNotFound', `Worksheet has no property ${name}`);
  }

  protected resolvesToNull(): boolean {
    return this.target() === null;
  }
}

/** Writes text into a cell as Excel does: text format keeps it as text, otherwise = + - @ start a formula and numeric text becomes a number. */
function storeValue(sheet: FakeSheetData, key: string, value: CellValue): void {
  sheet.formulas.delete(key);
  if (value === '' || value === null) {
    sheet.values.delete(key);
    return;
  }

  const textFormat = sheet.numberFormats.get(key) === '@';
  if (typeof value !== 'string' || textFormat) {
    sheet.values.set(key, value);
    return;
  }

  if (value.trim() !== '' && Number.isFinite(Number(value))) {
    sheet.values.set(key, Number(value));
  } else if (/^[=+\-@]/.test(value)) {
    sheet.formulas.set(key, value);
    sheet.values.set(key, '#NAME?');
  } else {
    sheet.values.set(key, value);
  }
}

export class FakeRange extends FakeProxy {
  private bound: CellRect | null | undefined;

  constructor(ctx: FakeRequestContext, readonly worksheet: FakeWorksheet, private readonly locate: () => CellRect | null) {
    super(ctx);
  }

  requireRect(): CellRect {
    if (this.bound === undefined) this.bound = this.locate();
    if (this.bound === null) throw fakeError('ItemNotFound', 'The range is a null object.');
    return this.bound;
  }

  get values(): CellValue[][] {
    return this.loaded<CellValue[][]>('values');
  }

  set values(values: CellValue[][]) {
    this.ctx.enqueue(() => {
      const rect = this.requireRect();
      this.assertShape(rect, values);
      const sheet = this.worksheet.requireTarget();
      this.forEachCell(rect, (row, column) => storeValue(sheet, cellKey(row, column), values[row - rect.top][column - rect.left]));
    });
  }

  get numberFormat(): string[][] {
    return this.loaded<string[][]>('numberFormat');
  }

  set numberFormat(formats: string[][]) {
    this.ctx.enqueue(() => {
      const rect = this.requireRect();
      this.assertShape(rect, formats);
      const sheet = this.worksheet.requireTarget();
      this.forEachCell(rect, (row, column) => sheet.numberFormats.set(cellKey(row, column), formats[row - rect.top][column - rect.left]));
    });
  }

  get address(): string {
    return this.loaded<string>('address');
  }

  get format(): FakeRangeFormat {
    this.ctx.assertActive();
    return new FakeRangeFormat(this.ctx, this);
  }

  merge(across = false): void {
    if (across) throw fakeError('NotImplemented', 'The fake host merges whole ranges only.');
    this.ctx.enqueue(() => {
      const rect = this.requireRect();
      const sheet = this.worksheet.requireTarget();
      if (sheet.merges.some((merge) => rectsOverlap(merge, rect))) throw fakeError('InvalidOperation', `Merge ${rectAddress(rect)} overlaps another merge.`);

      sheet.merges.push(rect);
      this.forEachCell(rect, (row, column) => {
        if (row !== rect.top || column !== rect.left) sheet.values.delete(cellKey(row, column));
      });
    });
  }

  /** Selects the range and activates its sheet, as Excel does. */
  select(): void {
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.requireTarget();
      const book = this.worksheet.workbookData;
      book.activeSheet = sheet.name;
      book.selection = { sheet: sheet.name, address: rectAddress(this.requireRect()) };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.assertActive();
    return new FakeRangeAreas(this.ctx, this);
  }

  /** Applies a style property to every cell of the range when the queue runs. */
  setStyle(property: string, value: unknown): void {
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.requireTarget();
      this.forEachCell(this.requireRect(), (row, column) => {
        const key = cellKey(row, column);
        sheet.styles.set(key, { ...sheet.styles.get(key), [property]: value });
      });
    });
  }

  protected readProperty(name: string): unknown {
    const rect = this.requireRect();
    const sheet = this.worksheet.requireTarget();
    switch (name) {
      case 'values':
        return this.mapCells(rect, (key) => sheet.values.get(key) ?? '');
      case 'numberFormat':
        return this.mapCells(rect, (key) => sheet.numberFormats.get(key) ?? 'General');
      case 'address':
        return `${quoteSheetName(sheet.name)}!${rectAddress(rect)}`;
      default:
        throw fakeError('PropertyNotFound', `Range has no property ${name}`);
    }
  }

  protected resolvesToNull(): boolean {
    if (this.worksheet.target() === null) return true;
    if (this.bound === undefined) this.bound = this.locate();
    return this.bound === null;
  }

  private assertShape(rect: CellRect, grid: unknown[][]): void {
    const rows = rect.bottom - rect.top + 1;
    const columns = rect.right - rect.left + 1;
    if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== columns)) {
      throw fakeError('InvalidArgument', `The array does not match the size of ${rectAddress(rect)} (${rows} × ${columns}).`);
    }
  }

  private forEachCell(rect: CellRect, visit: (row: number, column: number) => void): void {
    for (let row = rect.top; row <= rect.bottom; row += 1) {
      for (let column = rect.left; column <= rect.right; column += 1) visit(row, column);
    }
  }

  private mapCells<T>(rect: CellRect, read: (key: string) => T): T[][] {
    const grid: T[][] = [];
    for (let row = rect.top; row <= rect.bottom; row += 1) {
      const line: T[] = [];
      for (let column = rect.left; column <= rect.right; column += 1) line.push(read(cellKey(row, column)));
      grid.push(line);
    }
    return grid;
  }
}

export class FakeRangeAreas extends FakeProxy {
  constructor(ctx: FakeRequestContext, private readonly range: FakeRange) {
    super(ctx);
  }

  get address(): string {
    return this.loaded<string>('address');
  }

  protected readProperty(name: string): unknown {
    if (name !== 'address') throw fakeError('PropertyNotFound', `RangeAreas has no property ${name}`);
    const sheet = this.range.worksheet.requireTarget();
    return this.merges()
      .map((merge) => `${quoteSheetName(sheet.name)}!${rectAddress(merge)}`)
      .join(', ');
  }

  protected resolvesToNull(): boolean {
    if (this.range.worksheet.target() === null) return true;
    return this.merges().length === 0;
  }

  private merges(): CellRect[] {
    const rect = this.range.requireRect();
    return this.range.worksheet.requireTarget().merges.filter((merge) => rectsOverlap(merge, rect));
  }
}

/** Range.format and its font, fill and borders; every setter is queued as a style on each cell. */
export class FakeRangeFormat {
  constructor(private readonly ctx: FakeRequestContext, private readonly range: FakeRange) {}

  set wrapText(value: boolean) {
    this.range.setStyle('wrapText', value);
  }

  set horizontalAlignment(value: string) {
    this.range.setStyle('horizontalAlignment', value);
  }

  set verticalAlignment(value: string) {
    this.range.setStyle('verticalAlignment', value);
  }

  set indentLevel(value: number) {
    this.range.setStyle('indentLevel', value);
  }

  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const rect = this.range.requireRect();
      const sheet = this.range.worksheet.requireTarget();
      for (let column = rect.left; column <= rect.right; column += 1) sheet.columnWidths.set(column, points);
    });
  }

  set rowHeight(points: number) {
    this.ctx.enqueue(() => {
      const rect = this.range.requireRect();
      const sheet = this.range.worksheet.requireTarget();
      for (let row = rect.top; row <= rect.bottom; row += 1) sheet.rowHeights.set(row, points);
    });
  }

  get font(): Record<string, unknown> {
    return this.styleGroup('font', ['name', 'size', 'bold', 'italic', 'color']);
  }

  get fill(): Record<string, unknown> {
    return this.styleGroup('fill', ['color']);
  }

  get borders(): { getItem: (index: string) => Record<string, unknown> } {
    this.ctx.assertActive();
    return { getItem: (index: string) => this.styleGroup(`border.${index}`, ['style', 'color', 'weight']) };
  }

  private styleGroup(prefix: string, properties: string[]): Record<string, unknown> {
    this.ctx.assertActive();
    const group: Record<string, unknown> = {};
    for (const property of properties) {
      Object.defineProperty(group, property, {
        set: (value: unknown) => this.range.setStyle(`${prefix}.${property}`, value),
        get: () => {
          throw fakeError('PropertyNotLoaded', `${prefix}.${property} was not loaded; the fake host records format writes only.`);
        },
      });
    }
    return group;
  }
}

export class FakeChartCollection {
  constructor(private readonly ctx: FakeRequestContext, private readonly worksheet: FakeWorksheet) {}

  add(type: string, source: FakeRange, seriesBy?: string): FakeChart {
    this.ctx.assertActive();
    const chart: { data?: FakeChartData } = {};
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.requireTarget();
      chart.data = { type, sourceAddress: rectAddress(source.requireRect()), seriesBy };
      sheet.charts.push(chart.data);
    });
    return new FakeChart(this.ctx, chart);
  }
}

export class FakeChart {
  constructor(private readonly ctx: FakeRequestContext, private readonly chart: { data?: FakeChartData }) {}

  get title(): { text: string } {
    this.ctx.assertActive();
    const chart = this.chart;
    const ctx = this.ctx;
    return {
      set text(text: string) {
        ctx.enqueue(() => {
          chart.data!.title = text;
        });
      },
      get text(): string {
        throw fakeError('PropertyNotLoaded', 'chart.title.text was not loaded.');
      },
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.ctx.enqueue(() => {
      parseCell(startCell);
      if (endCell !== undefined) parseCell(endCell);
      this.chart.data!.position = { startCell, endCell };
    });
  }
}

/** Worksheet.pageLayout: scalar setters and headersFooters record into the sheet's page layout. */
export class FakePageLayout {
  constructor(private readonly ctx: FakeRequestContext, private readonly worksheet: FakeWorksheet) {
    const properties = ['paperSize', 'orientation', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin', 'centerHorizontally', 'zoom'];
    for (const property of properties) {
      Object.defineProperty(this, property, {
        set: (value: unknown) => this.record(property, value),
        get: () => {
          throw fakeError('PropertyNotLoaded', `pageLayout.${property} was not loaded.`);
        },
      });
    }
  }

  get headersFooters(): { defaultForAllPages: Record<string, unknown> } {
    this.ctx.assertActive();
    const defaultForAllPages: Record<string, unknown> = {};
    for (const slot of ['leftFooter', 'centerFooter', 'rightFooter', 'leftHeader', 'centerHeader', 'rightHeader']) {
      Object.defineProperty(defaultForAllPages, slot, { set: (value: unknown) => this.record(slot, value) });
    }
    return { defaultForAllPages };
  }

  setPrintArea(address: string): void {
    this.record('printArea', address);
  }

  private record(property: string, value: unknown): void {
    this.ctx.enqueue(() => {
      this.worksheet.requireTarget().pageLayout[property] = value;
    });
  }
}
