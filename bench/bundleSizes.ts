import { promises as fs } from 'fs';
import path from 'path';

export interface InitialLoad {
  /** Files the pane page fetches from the add-in's own origin at start, with their sizes in bytes. */
  files: Array<{ file: string; bytes: number }>;
  bytes: number;
  /** Scripts the page loads from elsewhere (Office.js from Microsoft's CDN), not counted. */
  external: string[];
}

export interface BundleSizes {
  functionsBytes: number;
  initialLoad: InitialLoad;
  /** Every other .js file under dist/addin, loaded only when the pane requests it. */
  lazyChunks: Array<{ file: string; bytes: number }>;
}

/**
 * Measures the built add-in in `addinDir` (dist/addin): the size of
 * functions.js, and the task pane's initial load, which is taskpane.html
 * plus every script and stylesheet it references by a relative URL.
 * Chunks that webpack loads on demand are not referenced by the page, so
 * they are listed apart.
 *
 * Example: `await measureBundles('dist/addin')` → `{ functionsBytes: 133264, … }`.
 */
export async function measureBundles(addinDir: string): Promise<BundleSizes> {
  const functionsBytes = (await fs.stat(path.join(addinDir, 'functions.js'))).size;
  const initialLoad = await measureInitialLoad(addinDir, 'taskpane.html');
  const initialFiles = new Set(initialLoad.files.map((entry) => entry.file));

  const allScripts = await listFiles(addinDir, (name) => name.endsWith('.js'));
  const lazyChunks: Array<{ file: string; bytes: number }> = [];
  for (const file of allScripts.filter((candidate) => !initialFiles.has(candidate))) {
    lazyChunks.push({ file, bytes: (await fs.stat(path.join(addinDir, file))).size });
  }
  return { functionsBytes, initialLoad, lazyChunks };
}

async function measureInitialLoad(addinDir: string, page: string): Promise<InitialLoad> {
  const html = await fs.readFile(path.join(addinDir, page), 'utf8');
  const files = [{ file: page, bytes: Buffer.byteLength(html) }];
  const external: string[] = [];

  // Minified HTML drops the quotes around attribute values, so all three forms are read.
  const references = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (match) => match[1] ?? match[2] ?? match[3],
  );
  for (const reference of references) {
    if (/^(?:[a-z]+:)?\/\//i.test(reference)) {
      external.push(reference);
      continue;
    }
    const file = reference.split(/[?#]/)[0].replace(/^\.?\//, '');
    if (!/\.(?:js|css)$/.test(file) || files.some((entry) => entry.file === file)) {
      continue;
    }
    const stat = await fs.stat(path.join(addinDir, file)).catch(() => undefined);
    if (stat) {
      files.push({ file, bytes: stat.size });
    }
  }
  return { files, bytes: files.reduce((total, entry) => total + entry.bytes, 0), external };
}

async function listFiles(dir: string, keep: (name: string) => boolean, prefix = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      files.push(...(await listFiles(dir, keep, relative)));
    } else if (keep(entry.name)) {
      files.push(relative);
    }
  }
  return files.sort();
}
