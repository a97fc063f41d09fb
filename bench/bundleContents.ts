import { promises as fs } from 'fs';

/** One package or source folder inside a chunk, with its size before minification. */
export interface BundlePart {
  name: string;
  bytes: number;
}

interface StatsModule {
  name: string;
  size: number;
  chunks?: Array<string | number>;
  modules?: StatsModule[];
}

interface StatsJson {
  chunks: Array<{ id: string | number; names: string[] }>;
  modules: StatsModule[];
}

/**
 * Reads webpack's stats JSON (`webpack --json FILE`) and sums the modules of
 * the named chunk by npm package (node_modules/<package>) or by source folder
 * (src/<folder>), largest first. Sizes are webpack's module sizes after the
 * TypeScript loader and before minification, so they show shares, not the
 * bytes shipped.
 *
 * Example: `await chunkContents('/tmp/stats.json', 'functions')` → `[{ name: 'zod', bytes: 250000 }, …]`.
 */
export async function chunkContents(statsFile: string, chunkName: string): Promise<BundlePart[]> {
  const stats = JSON.parse(await fs.readFile(statsFile, 'utf8')) as StatsJson;
  const chunk = stats.chunks.find((candidate) => candidate.names.includes(chunkName));
  if (!chunk) {
    return [];
  }

  const totals = new Map<string, number>();
  for (const module of stats.modules.filter((candidate) => (candidate.chunks ?? []).includes(chunk.id))) {
    for (const part of module.modules ?? [module]) {
      const name = partName(part.name);
      totals.set(name, (totals.get(name) ?? 0) + part.size);
    }
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** `./node_modules/zod/v4/core/util.js` → `zod`; `./src/model/parse/parseDate.ts` → `src/model`. */
function partName(moduleName: string): string {
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleName);
  if (packageMatch) {
    return packageMatch[1];
  }
  const sourceMatch = /\.\/(src\/[^/ ]+)/.exec(moduleName);
  return sourceMatch ? sourceMatch[1] : moduleName;
}

/**
 * Sums the modules that webpack put into both named chunks, before
 * minification: code a page that loads both chunks downloads twice.
 *
 * Example: `await sharedBytes('/tmp/stats.json', 'functions', 'taskpane')` → 520000.
 */
export async function sharedBytes(statsFile: string, first: string, second: string): Promise<number> {
  const stats = JSON.parse(await fs.readFile(statsFile, 'utf8')) as StatsJson;
  const ids = [first, second].map((name) => stats.chunks.find((candidate) => candidate.names.includes(name))?.id);
  if (ids.some((id) => id === undefined)) {
    return 0;
  }
  return stats.modules
    .filter((module) => ids.every((id) => (module.chunks ?? []).includes(id!)))
    .reduce((total, module) => total + module.size, 0);
}
