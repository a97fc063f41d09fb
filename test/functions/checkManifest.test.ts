import fs from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
// The checker is plain JavaScript so that CI runs it with node alone.

const { checkManifest } = require('../../scripts/checkManifest') as {
  checkManifest: (xml: string, rootDir: string, builtDir?: string) => string[];
};

const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('checkManifest', () => {
  test('the project manifest passes', () => {
    expect(checkManifest(manifest, ROOT)).toEqual([]);
  });

  test('malformed XML', () => {
    const problems = checkManifest(manifest.replace('</Id>', '</Ids>'), ROOT);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not well-formed/);
  });

  test('resid without a resource', () => {
    const problems = checkManifest(
      manifest.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'),
      ROOT
    );
    expect(problems).toEqual(['resid "Group.Missing" on <Label> is not defined in Resources']);
  });

  test('resid of the wrong kind', () => {
    const problems = checkManifest(
      manifest.replace('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'),
      ROOT
    );
    expect(problems).toEqual([
      'resid "Taskpane.Url" on <Label> must name a bt:ShortStrings entry, not bt:Urls',
    ]);
  });

  test('http URL', () => {
    const problems = checkManifest(
      manifest.replace(
        'https://localhost:3000/functions.json',
        'http://localhost:3000/functions.json'
      ),
      ROOT
    );
    expect(problems).toEqual(['URL http://localhost:3000/functions.json on <bt:Url> is not https']);
  });

  test('missing icon file and wrong icon size', () => {
    const missing = checkManifest(
      manifest.replace('assets/icon-80.png', 'assets/icon-81.png'),
      ROOT
    );
    expect(missing).toEqual([expect.stringContaining('has no file assets/icon-81.png')]);
    const wrongSize = checkManifest(
      manifest.replace('assets/icon-80.png', 'assets/icon-64.png'),
      ROOT
    );
    expect(wrongSize).toEqual([expect.stringContaining('is 64×64, expected 80×80')]);
  });

  test('missing required element and zh-CN name', () => {
    expect(checkManifest(manifest.replace(/<ProviderName>.*<\/ProviderName>/, ''), ROOT)).toEqual([
      'required element ProviderName is missing or empty',
    ]);
    expect(
      checkManifest(manifest.replace('<Override Locale="zh-CN" Value="ITSM 服务月报"/>', ''), ROOT)
    ).toEqual(['DisplayName has no zh-CN Override']);
  });

  test('namespace other than ITSM', () => {
    const problems = checkManifest(
      manifest.replace('DefaultValue="ITSM"/>', 'DefaultValue="CONTOSO"/>'),
      ROOT
    );
    expect(problems).toEqual(['custom functions namespace is CONTOSO, expected ITSM']);
  });

  test('page missing from the built add-in', () => {
    const builtDir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'addin-'));
    fs.writeFileSync(path.join(builtDir, 'functions.js'), '');
    fs.writeFileSync(path.join(builtDir, 'functions.json'), '{}');
    const problems = checkManifest(manifest, ROOT, builtDir);
    expect(problems).toEqual([
      expect.stringContaining('URL Taskpane.Url'),
      expect.stringContaining('URL GetStarted.LearnMoreUrl'),
    ]);
    fs.rmSync(builtDir, { recursive: true });
  });
});
