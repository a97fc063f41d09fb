/**
 * ESLint flat config for the add-in code: the Office add-in rules (sync
 * before reading loaded properties, no sync in loops, isNullObject checks)
 * and the Office add-in Prettier settings, from eslint-plugin-office-addins.
 */
const typescriptParser = require('@typescript-eslint/parser');
const globals = require('globals');
const officeAddins = require('eslint-plugin-office-addins');
const prettierConfig = require('office-addin-prettier-config');

module.exports = [
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**'] },
  ...officeAddins.configs.recommended,
  {
    // NOTE: eslint-plugin-office-addins 4.0.10 loads @typescript-eslint/parser 8 through a
    // missing default export, so its config falls back to espree with ES2015; set the parser here.
    languageOptions: { parser: typescriptParser, ecmaVersion: 'latest' },
    // The Office add-in Prettier settings, with the single quotes the rest of the code base uses.
    rules: {
      'prettier/prettier': ['error', { ...prettierConfig, singleQuote: true, endOfLine: 'auto' }],
    },
  },
  {
    // TypeScript reports undefined names itself, including the Office and CustomFunctions globals.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: 'readonly',
        Excel: 'readonly',
        CustomFunctions: 'readonly',
      },
    },
  },
  {
    files: ['scripts/**/*.js', '*.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
