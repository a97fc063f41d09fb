import path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

const FUNCTIONS_FILE = path.join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');
const EXPECTED_IDS = [
  'TIMEOUTS',
  'INCIDENTS',
  'DURATION',
  'ISTIMEOUT',
  'LEVEL',
  'CATEGORY',
  'DATE',
  'ATTAINMENT',
  'WARRANTY',
  'WARRANTYEND',
  'LIFE',
  'EQUIPWARN',
];
const CHINESE = /[\u4e00-\u9fff]/;

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Array<{ name: string; description?: string; optional?: boolean }>;
}

/** The functions.json that the webpack plugin writes, generated here from the same source. */
describe('functions.json', () => {
  let functions: FunctionMetadata[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
    expect(result.errors).toEqual([]);
    functions = JSON.parse(result.metadataJson).functions;
  });

  test('ids and names match the list', () => {
    expect(functions.map((entry) => entry.id)).toEqual(EXPECTED_IDS);
    expect(functions.map((entry) => entry.name)).toEqual(EXPECTED_IDS);
  });

  test('every function has a Chinese description', () => {
    for (const entry of functions) {
      expect({ id: entry.id, chinese: CHINESE.test(entry.description ?? '') }).toEqual({
        id: entry.id,
        chinese: true,
      });
    }
  });

  test('every parameter is described in Chinese', () => {
    for (const entry of functions) {
      for (const parameter of entry.parameters) {
        const where = `${entry.id}(${parameter.name})`;
        expect({ where, chinese: CHINESE.test(parameter.description ?? '') }).toEqual({
          where,
          chinese: true,
        });
      }
    }
  });

  test('optional parameters as documented', () => {
    const optional = Object.fromEntries(
      functions.map((entry) => [
        entry.id,
        entry.parameters.filter((p) => p.optional).map((p) => p.name),
      ])
    );
    expect(optional).toEqual({
      TIMEOUTS: ['minLevel', 'category', 'month'],
      INCIDENTS: ['level', 'type', 'month', 'excludeNonFault'],
      DURATION: [],
      ISTIMEOUT: [],
      LEVEL: [],
      CATEGORY: [],
      DATE: ['year'],
      ATTAINMENT: ['frequency', 'month'],
      WARRANTY: ['asOf', 'startDate'],
      WARRANTYEND: [],
      LIFE: ['asOf'],
      EQUIPWARN: ['asOf'],
    });
  });
});
