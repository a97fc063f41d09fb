/**
 * Builds the browser stand-in for Office.js (dist/addin/fake-office.js): the
 * in-memory Excel host seeded with the example workbooks, which are copied
 * to dist/addin/preview/examples. Run after `npm run build`; `npm run
 * preview` and the browser test serve it in place of Microsoft's office.js.
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const EXAMPLES_DIR = 'examples/2022-11';

module.exports = (env, options) => ({
  mode: options.mode ?? 'production',
  devtool: 'source-map',
  entry: { 'fake-office': './test/browser/fakeOffice/fakeOffice.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/addin'),
    filename: '[name].js',
    chunkFilename: 'preview/[name].[contenthash:8].js',
    // Keep the add-in build that `npm run build` wrote.
    clean: false,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          // Type checking is `npm run typecheck`'s job; the test files sit outside tsconfig.addin.json's rootDir.
          options: {
            transpileOnly: true,
            configFile: 'tsconfig.json',
            compilerOptions: { module: 'ES2020', target: 'ES2020' },
          },
        },
      },
    ],
  },
  performance: { hints: false },
  plugins: [
    new webpack.DefinePlugin({
      EXAMPLE_FILES: JSON.stringify(exampleFiles()),
    }),
    new CopyWebpackPlugin({
      patterns: [{ from: `${EXAMPLES_DIR}/*.xlsx`, to: 'preview/examples/[name][ext]' }],
    }),
  ],
});

function exampleFiles() {
  return fs
    .readdirSync(path.join(__dirname, EXAMPLES_DIR))
    .filter((name) => name.endsWith('.xlsx') && !name.startsWith('~$'))
    .sort();
}
