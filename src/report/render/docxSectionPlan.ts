import type { Block } from '../document';

/** A run of consecutive blocks printed in one page orientation, which becomes one .docx section. */
export interface DocxSectionPlan {
  landscape: boolean;
  blocks: Block[];
}

/**
 * Splits the report blocks into sections of one orientation each. Tables
 * decide: a `landscape` table is printed on landscape pages, any other table
 * and every chart on portrait pages. Headings, paragraphs and lists go with
 * the next table or chart of the same level-1 section, so a heading stays on
 * the page of its table. After the last one they go with the previous one,
 * and a level-1 section with no table or chart is portrait. A new section starts
 * a new page, so a `pageBreak` right before one is dropped.
 *
 * Example: `[h1 二, table(landscape), h1 三, table]` gives
 * `[{ landscape: true, blocks: [h1 二, table] }, { landscape: false, blocks: [h1 三, table] }]`.
 */
export function planDocxSections(blocks: Block[]): DocxSectionPlan[] {
  const orientations = blockOrientations(blocks);
  const sections: DocxSectionPlan[] = [];

  blocks.forEach((block, index) => {
    const landscape = orientations[index];
    const endsSection = index === blocks.length - 1 || orientations[index + 1] !== landscape;
    if (block.kind === 'pageBreak' && endsSection) return;

    const current = sections[sections.length - 1];
    if (current === undefined || current.landscape !== landscape) {
      sections.push({ landscape, blocks: [block] });
    } else {
      current.blocks.push(block);
    }
  });

  return sections;
}

/** Whether each block is printed landscape. */
function blockOrientations(blocks: Block[]): boolean[] {
  const orientations = new Array<boolean>(blocks.length).fill(false);

  for (const range of levelOneRanges(blocks)) {
    let next: boolean | undefined;
    const fromNext: (boolean | undefined)[] = [];
    for (let index = range.end - 1; index >= range.start; index--) {
      const own = ownOrientation(blocks[index]);
      if (own !== undefined) next = own;
      fromNext[index - range.start] = next;
    }

    let previous: boolean | undefined;
    for (let index = range.start; index < range.end; index++) {
      const own = ownOrientation(blocks[index]);
      if (own !== undefined) previous = own;
      orientations[index] = fromNext[index - range.start] ?? previous ?? false;
    }
  }

  return orientations;
}

/** The orientation a block needs by itself, or undefined when it fits either. */
function ownOrientation(block: Block): boolean | undefined {
  if (block.kind === 'table') return block.table.landscape === true;
  if (block.kind === 'chart') return false;
  return undefined;
}

/** Index ranges that each start at a level-1 heading (the first may start before any heading). */
function levelOneRanges(blocks: Block[]): { start: number; end: number }[] {
  const starts = [0];
  blocks.forEach((block, index) => {
    if (index > 0 && block.kind === 'heading' && block.level === 1) starts.push(index);
  });

  return starts.map((start, position) => ({ start, end: starts[position + 1] ?? blocks.length }));
}
