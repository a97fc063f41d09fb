import type { Block, ReportTable } from '../../../src/report/document';
import { planDocxSections } from '../../../src/report/render/docxSectionPlan';

function table(id: string, landscape: boolean): Block {
  const reportTable: ReportTable = { id, columns: [{ width: 1 }], headerRows: [], rows: [[{ text: id }]], landscape };
  return { kind: 'table', table: reportTable };
}

function heading(text: string, level: 1 | 2 | 3 = 1): Block {
  return { kind: 'heading', level, text };
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

const chart: Block = { kind: 'chart', chart: { id: 'c', kind: 'pie', title: 'c', categories: [], series: [] } };

/** Writes each section as `L:` or `P:` and its blocks' names. */
function sectionNames(blocks: Block[]): string[] {
  return planDocxSections(blocks).map((section) => {
    const names = section.blocks.map((block) => {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          return block.text;
        case 'table':
          return block.table.id;
        default:
          return block.kind;
      }
    });
    return `${section.landscape ? 'L' : 'P'}:${names.join(',')}`;
  });
}

test('heading goes with its wide table', () => {
  expect(sectionNames([heading('二'), paragraph('p'), table('targets', true), paragraph('note'), heading('三'), table('issues', false)])).toEqual([
    'L:二,p,targets,note',
    'P:三,issues',
  ]);
});

test('charts keep their part portrait', () => {
  expect(sectionNames([heading('四'), paragraph('1'), chart, heading('3、', 2), paragraph('s'), heading('网络部', 3), table('incidents', true)])).toEqual([
    'P:四,1,chart',
    'L:3、,s,网络部,incidents',
  ]);
});

test('section without tables is portrait', () => {
  expect(sectionNames([{ kind: 'toc' }, { kind: 'pageBreak' }, heading('一'), { kind: 'bullets', items: ['a'] }, heading('二'), table('t', true)])).toEqual([
    'P:toc,pageBreak,一,bullets',
    'L:二,t',
  ]);
});

test('page break before a new section is dropped', () => {
  expect(sectionNames([heading('一'), paragraph('a'), { kind: 'pageBreak' }, heading('二'), table('t', true), { kind: 'pageBreak' }])).toEqual(['P:一,a', 'L:二,t']);
});

test('same orientation stays one section', () => {
  expect(sectionNames([heading('六'), table('a', false), heading('七'), table('b', false)])).toEqual(['P:六,a,七,b']);
});

test('no blocks, no sections', () => {
  expect(planDocxSections([])).toEqual([]);
});
