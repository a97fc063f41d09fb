import { existsSync, promises as fs } from 'fs';
import JSZip from 'jszip';
import path from 'path';
import { chromium, Browser, Page } from 'playwright-core';
import { startStaticServer, StaticServer } from './staticServer';

/**
 * Opens the built task pane (`npm run build` plus `npm run build:preview`
 * for the fake host) in Debian's headless Chromium, with Microsoft's
 * office.js replaced by the in-memory Excel host, and drives it as the
 * report compiler would. No request leaves 127.0.0.1.
 */

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist', 'addin');
const EXAMPLES = path.join(ROOT, 'examples', '2022-11');
const SCREENSHOT = path.join(ROOT, 'docs', 'taskpane.png');
/** The file the test adds through the file picker instead of seeding it into the open workbook. */
const ADDED_FILE = '安全和备份部.xlsx';
/** Height of the data-check list kept in the screenshot, in CSS pixels. */
const SCREENSHOT_PROBLEMS_HEIGHT = 420;
/** Width of Excel's task pane on a desktop screen, in CSS pixels. */
const PANE_WIDTH = 380;

const chromiumPresent = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';

if (!chromiumPresent && !inCi) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the task pane browser test: ${CHROMIUM} is missing. Install it with: apt-get install chromium`);
}

describe('task pane in Chromium', () => {
  if (!chromiumPresent) {
    // Locally the suite is skipped; in CI a missing browser must fail the run.
    (inCi ? test : test.skip)('finds Debian Chromium', () => {
      throw new Error(`${CHROMIUM} is missing; .ci/run installs it with apt-get install chromium.`);
    });
    return;
  }

  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    for (const built of ['taskpane.html', 'taskpane.js', 'fake-office.js']) {
      if (!existsSync(path.join(DIST, built))) {
        throw new Error(`dist/addin/${built} is missing: run npm run build && npm run build:preview first.`);
      }
    }
    server = await startStaticServer(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: { width: PANE_WIDTH, height: 900 },
      acceptDownloads: true,
      locale: 'zh-CN',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await routeOfficeJs(page, server.origin);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('lists the sources of the open workbook and an added file', async () => {
    await page.goto(`${server.origin}/taskpane.html?omit=${encodeURIComponent(ADDED_FILE)}`);
    await page.waitForSelector('#sources-body tr[data-key]');
    expect(await page.textContent('#sources-body')).toContain('网络部 故障登记');

    await page.setInputFiles('#file-input', path.join(EXAMPLES, ADDED_FILE));
    await page.waitForSelector(`#sources-body tr.file-row >> text=${ADDED_FILE}`);

    expect(await page.textContent('#sources-body')).toContain('安全和备份部');
    expect(await page.textContent('#settings-facts')).toContain('一级 2 小时，二级 4 小时，三级 8 小时');
    expect(pageErrors).toEqual([]);
  });

  test('builds the month and shows the key figures', async () => {
    await page.fill('#month-input', '2022-11');
    await page.dispatchEvent('#month-input', 'change');
    await page.click('#build');
    await page.waitForSelector('#result:not([hidden])');

    const figures = await page.textContent('#figures');
    expect(figures).toContain('9 起（剔除技术支持后 5 起）');
    expect(figures).toContain('一级 0 起，二级 2 起，三级 1 起');
    expect(figures).toContain('在办 51，办结 30，超时 0');
    expect(figures).toContain('12 份');
    expect(figures).toContain('121 台（套）');
    expect(await page.textContent('#result-message')).toContain('月报 2022-11');

    const host = await fakeHostState(page);
    expect(host.sheets).toContain('月报 2022-11');
    expect(host.syncCount).toBeLessThanOrEqual(12);
    expect(pageErrors).toEqual([]);
  });

  test('lists the known data problems', async () => {
    const problems = await page.textContent('#diagnostics');
    expect(problems).toContain('14:00-15:00');
    // The reversed NetApp3040 period, in the file added through the picker.
    expect(problems).toContain(`${ADDED_FILE} › 重要设备 › F15`);
    expect(problems).toContain('2022. 11-- 2015. 11');
    expect(await page.locator('#diagnostics .diagnostic').count()).toBeGreaterThan(3);
    // A problem in the added file is text only; problems in the open workbook are buttons.
    expect(await page.locator('#diagnostics .diagnostic-static').count()).toBeGreaterThan(0);
  });

  test('clicking a problem selects its cell', async () => {
    const before = await fakeHostState(page);
    const problem = page.locator('#diagnostics .diagnostic-button', { hasText: '14:00-15:00' }).first();
    const location = await problem.locator('.location').textContent();
    await problem.click();
    await page.waitForFunction(() => (window as unknown as FakeWindow).fakeExcel.book.selection !== undefined);

    const after = await fakeHostState(page);
    expect(before.selection).toBeUndefined();
    expect(after.selection?.sheet).toBe('网络部 故障登记');
    expect(location).toContain(`› ${after.selection?.address}`);
    expect(await page.locator('#diagnostics .diagnostic.selected').count()).toBe(1);
  });

  test('screenshot of the result', async () => {
    // From the top of the pane to the first few data problems; the full list is much longer.
    const listTop = await page.evaluate(() => document.querySelector('#diagnostics')!.getBoundingClientRect().top + window.scrollY);
    const height = Math.round(listTop + SCREENSHOT_PROBLEMS_HEIGHT);
    await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: 0, y: 0, width: PANE_WIDTH, height } });
    expect((await fs.stat(SCREENSHOT)).size).toBeGreaterThan(10_000);
  });

  test('building again asks before replacing', async () => {
    await page.click('#build');
    await page.waitForSelector('#confirm-dialog:not([hidden])');
    expect(await page.textContent('#confirm-message')).toContain('月报 2022-11');

    await page.click('#confirm-cancel');
    expect(await page.textContent('#notice')).toContain('已取消');

    await page.click('#build');
    await page.waitForSelector('#confirm-dialog:not([hidden])');
    await page.click('#confirm-ok');
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent === '');
    await page.waitForSelector('#progress-label >> text=完成');
    expect((await fakeHostState(page)).sheets.filter((name) => name === '月报 2022-11')).toHaveLength(1);
  });

  test('saves the .docx with canvas-drawn charts', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-docx')]);
    expect(download.suggestedFilename()).toBe('月报-2022-11.docx');

    const bytes = await fs.readFile((await download.path())!);
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media.length).toBeGreaterThanOrEqual(3);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('网络部（7 起）');
  });

  test('copies the report as HTML for Word', async () => {
    await page.click('#copy-word');
    await page.waitForSelector('#notice >> text=已复制到剪贴板');

    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item.getType('text/html')).text();
    });
    expect(html).toContain('网络部（7 起）');
    expect(html).toContain('data:image/png;base64,');
    expect(html).not.toContain('data:image/svg+xml');
  });
});

interface FakeWindow {
  fakeExcel: {
    syncCount: number;
    book: { sheets: Array<{ name: string }>; selection?: { sheet: string; address: string } };
  };
}

async function fakeHostState(page: Page) {
  return page.evaluate(() => {
    const host = (window as unknown as FakeWindow).fakeExcel;
    return {
      syncCount: host.syncCount,
      sheets: host.book.sheets.map((sheet) => sheet.name),
      selection: host.book.selection,
    };
  });
}

/** Serves the fake host for Microsoft's office.js and refuses every request that is not to the local server. */
async function routeOfficeJs(page: Page, origin: string): Promise<void> {
  const fakeOffice = await fs.readFile(path.join(DIST, 'fake-office.js'));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_CDN) {
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fakeOffice });
    } else if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
    } else {
      await route.abort();
    }
  });
}
