/**
 * Builds the Excel add-in into dist/addin: the custom functions (with
 * functions.json generated from the JSDoc of src/functions/functions.ts) and
 * the task pane page, which is also the shared runtime page of the functions.
 *
 * OFFICE_JS=local copies Office.js from the @microsoft/office-js package into
 * dist/addin/office-js and points the page at it, for intranets without
 * access to Microsoft's CDN; by default the page loads Office.js from the CDN.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL_DIR = 'office-js';
const DEV_SERVER_PORT = 3000;

module.exports = async (env, options) => {
  const officeJsLocal = process.env.OFFICE_JS === 'local';
  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
  ];
  if (officeJsLocal) {
    copies.push({
      from: 'node_modules/@microsoft/office-js/dist',
      to: OFFICE_JS_LOCAL_DIR,
      globOptions: { ignore: ['**/*.debug.js', '**/*vsdoc*'] },
      // Already minified by Microsoft; running Terser over 30 MB would take minutes.
      info: { minimized: true },
    });
  }

  return {
    mode: options.mode ?? 'production',
    devtool: 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/taskpane.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/addin'),
      filename: '[name].js',
      // exceljs and docx are loaded by dynamic import when the pane first needs them.
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
    },
    // One webpack runtime for both entries, so the task pane and the functions
    // share module instances (the settings store) on the shared runtime page.
    optimization: { runtimeChunk: 'single' },
    resolve: {
      extensions: ['.ts', '.js'],
      // resvg is a native Node module; the chart PNG renderer returns undefined without it and the pane draws charts on a canvas.
      alias: { '@resvg/resvg-js': false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { configFile: 'tsconfig.addin.json', onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['runtime', 'functions', 'taskpane'],
        templateParameters: {
          officeJsUrl: officeJsLocal ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN,
        },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    devServer: env.WEBPACK_SERVE ? await devServerOptions() : undefined,
  };
};

/** HTTPS on localhost with the Office add-in development certificate, installed on first use. */
async function devServerOptions() {
  const devCerts = require('office-addin-dev-certs');
  return {
    port: DEV_SERVER_PORT,
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
  };
}
