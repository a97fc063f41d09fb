#!/usr/bin/env node
/**
 * Serves the built task pane with the in-memory Excel host on localhost, so
 * the pane can be tried in any browser without Excel. Run `npm run preview`,
 * which builds first, then open the printed URL. The page loads
 * fake-office.js instead of Microsoft's office.js, seeded with the example
 * workbooks of examples/2022-11; choose 2022-11 as the month.
 *
 * PORT sets the port (default 3001; 0 picks a free one). Only 127.0.0.1 is served.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', 'dist', 'addin');
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEFAULT_PORT = 3001;
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function main() {
  for (const built of ['taskpane.html', 'fake-office.js']) {
    if (!fs.existsSync(path.join(ROOT, built))) {
      process.stderr.write(
        `缺少 dist/addin/${built}，请先运行 npm run build && npm run build:preview。\n`
      );
      process.exit(1);
    }
  }

  const port = process.env.PORT === undefined ? DEFAULT_PORT : Number(process.env.PORT);
  const server = http.createServer(handle);
  server.on('error', (error) => {
    process.stderr.write(
      `预览服务器无法启动：${error.message}。可用 PORT=端口号 npm run preview 换一个端口。\n`
    );
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}/taskpane.html`;
    process.stdout.write(`任务窗格预览（示例数据，月份请选 2022-11）：${url}\n按 Ctrl+C 停止。\n`);
  });
}

/** Serves a file of dist/addin; the pane page gets fake-office.js in place of the Office.js CDN URL. */
function handle(request, response) {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = path.resolve(ROOT, `.${pathname === '/' ? '/taskpane.html' : pathname}`);
  if (!file.startsWith(ROOT + path.sep)) {
    response.writeHead(404).end();
    return;
  }

  fs.readFile(file, (error, body) => {
    if (error) {
      response.writeHead(404).end();
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    const served =
      path.basename(file) === 'taskpane.html'
        ? Buffer.from(body.toString('utf8').replace(OFFICE_JS_CDN, 'fake-office.js'))
        : body;
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(served);
  });
}

main();
