#!/usr/bin/env node
/**
 * Checks manifest.xml offline, as CI runs it (`npm run check:manifest`).
 * The XML must be well formed, with the elements Office needs for a task
 * pane with shared-runtime custom functions. Every resid must name a
 * resource of the right kind, which the online validator does not check.
 * Every URL must be https and every icon file a PNG of its declared size.
 * When dist/addin exists, every page and script URL must name one of its files.
 *
 * Usage: node scripts/checkManifest.js [manifest.xml] [built-add-in-folder]
 * Exits 1 and lists the problems when there are any.
 */
const fs = require('fs');
const path = require('path');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

/** The resource list that each element's resid must name an entry of. */
const RESOURCE_KIND_OF_ELEMENT = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Runtime: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Namespace: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

/** Maximum lengths of resource strings in the add-in manifest schema. */
const MAX_LENGTH = { 'bt:ShortStrings': 125, 'bt:LongStrings': 250 };

const REQUIRED_TEXT = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'Permissions'];
const REQUIRED_DEFAULT_VALUE = [
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAMESPACE = 'ITSM';

/**
 * Returns the problems found in a manifest's text, [] when there are none.
 * Icon paths are resolved against `rootDir` (URL path /assets/icon-16.png →
 * rootDir/assets/icon-16.png); page and script paths against `builtDir` when given.
 */
function checkManifest(xml, rootDir, builtDir) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [`manifest is not well-formed XML: line ${valid.err.line}: ${valid.err.msg}`];
  }

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => !name.startsWith('@') && name !== '#text',
  });
  const app = parser.parse(xml).OfficeApp?.[0];
  if (!app) {
    return ['root element OfficeApp is missing'];
  }

  const elements = [];
  walk(app, 'OfficeApp', [], elements);
  const resources = collectResources(app);
  return [
    ...checkRequired(app),
    ...checkCustomFunctions(app, resources),
    ...checkResids(elements, resources),
    ...checkStrings(resources),
    ...checkUrls(elements),
    ...checkIcons(app, elements, resources, rootDir),
    ...checkBuiltFiles(resources, builtDir),
  ];
}

/** Lists every element with its name, ancestry and attributes, depth first. */
function walk(node, name, ancestors, out) {
  const attributes = Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key.startsWith('@'))
      .map(([key, value]) => [key.slice(1), value])
  );
  out.push({
    name,
    ancestors,
    attributes,
    text: typeof node['#text'] === 'string' ? node['#text'] : undefined,
  });
  for (const [key, children] of Object.entries(node)) {
    if (key.startsWith('@') || key === '#text') {
      continue;
    }
    for (const child of children) {
      walk(
        typeof child === 'object' ? child : { '#text': String(child) },
        key,
        [...ancestors, name],
        out
      );
    }
  }
}

function textOf(node) {
  return typeof node === 'object' ? node['#text'] : node;
}

/** Resource id → { kind, value, overrides } from VersionOverrides/Resources. */
function collectResources(app) {
  const resources = new Map();
  const lists = app.VersionOverrides?.[0]?.Resources?.[0] ?? {};
  for (const [kind, itemName] of [
    ['bt:Images', 'bt:Image'],
    ['bt:Urls', 'bt:Url'],
    ['bt:ShortStrings', 'bt:String'],
    ['bt:LongStrings', 'bt:String'],
  ]) {
    for (const item of lists[kind]?.[0]?.[itemName] ?? []) {
      const id = item['@id'];
      const overrides = (item['bt:Override'] ?? []).map((override) => override['@Value']);
      resources.set(id, {
        kind,
        value: item['@DefaultValue'],
        overrides,
        duplicate: resources.has(id),
      });
    }
  }
  return resources;
}

function checkRequired(app) {
  const problems = [];
  if (app['@xsi:type'] !== 'TaskPaneApp') {
    problems.push('OfficeApp must have xsi:type="TaskPaneApp"');
  }

  for (const name of REQUIRED_TEXT) {
    if (!textOf(app[name]?.[0])) {
      problems.push(`required element ${name} is missing or empty`);
    }
  }
  for (const name of REQUIRED_DEFAULT_VALUE) {
    if (!app[name]?.[0]?.['@DefaultValue']) {
      problems.push(`required element ${name} with a DefaultValue is missing`);
    }
  }

  if (!GUID.test(textOf(app.Id?.[0]) ?? '')) {
    problems.push('Id must be a GUID');
  }
  if (!/^\d+(\.\d+){0,3}$/.test(textOf(app.Version?.[0]) ?? '')) {
    problems.push('Version must look like 1.0.0.0');
  }

  for (const name of ['DisplayName', 'Description']) {
    const zh = (app[name]?.[0]?.Override ?? []).find((override) => override['@Locale'] === 'zh-CN');
    if (!zh?.['@Value']) {
      problems.push(`${name} has no zh-CN Override`);
    }
  }

  if (!(app.Hosts?.[0]?.Host ?? []).some((host) => host['@Name'] === 'Workbook')) {
    problems.push('Hosts must contain <Host Name="Workbook"/>');
  }
  if (!app.DefaultSettings?.[0]?.SourceLocation?.[0]?.['@DefaultValue']) {
    problems.push('DefaultSettings/SourceLocation with a DefaultValue is missing');
  }
  const sets = app.Requirements?.[0]?.Sets?.[0]?.Set ?? [];
  if (!sets.some((set) => set['@Name'] === 'SharedRuntime')) {
    problems.push('Requirements must name the SharedRuntime set');
  }
  return problems;
}

function checkCustomFunctions(app, resources) {
  const host = (app.VersionOverrides?.[0]?.Hosts?.[0]?.Host ?? []).find(
    (candidate) => candidate['@xsi:type'] === 'Workbook'
  );
  if (!host) {
    return ['VersionOverrides/Hosts has no Workbook host'];
  }

  const problems = [];
  const runtime = host.Runtimes?.[0]?.Runtime?.[0];
  if (!runtime || runtime['@lifetime'] !== 'long') {
    problems.push(
      'Workbook host needs <Runtimes><Runtime resid="…" lifetime="long"/></Runtimes> for the shared runtime'
    );
  }
  const point = (host.AllFormFactors?.[0]?.ExtensionPoint ?? []).find(
    (candidate) => candidate['@xsi:type'] === 'CustomFunctions'
  );
  if (!point) {
    return [...problems, 'AllFormFactors has no CustomFunctions extension point'];
  }
  for (const part of ['Script', 'Page', 'Metadata']) {
    if (!point[part]?.[0]?.SourceLocation?.[0]?.['@resid']) {
      problems.push(`CustomFunctions extension point needs ${part}/SourceLocation`);
    }
  }
  const page = point.Page?.[0]?.SourceLocation?.[0]?.['@resid'];
  if (runtime && page !== runtime['@resid']) {
    problems.push(
      `CustomFunctions Page (${page}) must be the shared runtime page (${runtime['@resid']})`
    );
  }
  const namespace = resources.get(point.Namespace?.[0]?.['@resid'])?.value;
  if (namespace !== NAMESPACE) {
    problems.push(`custom functions namespace is ${namespace ?? 'missing'}, expected ${NAMESPACE}`);
  }
  return problems;
}

function checkResids(elements, resources) {
  const problems = [];
  for (const [id, resource] of resources) {
    if (resource.duplicate) {
      problems.push(`resource id ${id} is defined more than once`);
    }
  }
  for (const element of elements) {
    const resid = element.attributes.resid;
    if (resid === undefined) {
      continue;
    }
    const resource = resources.get(resid);
    const expected = RESOURCE_KIND_OF_ELEMENT[element.name];
    if (!resource) {
      problems.push(`resid "${resid}" on <${element.name}> is not defined in Resources`);
    } else if (expected && resource.kind !== expected) {
      problems.push(
        `resid "${resid}" on <${element.name}> must name a ${expected} entry, not ${resource.kind}`
      );
    }
  }
  return problems;
}

function checkStrings(resources) {
  const problems = [];
  for (const [id, resource] of resources) {
    const limit = MAX_LENGTH[resource.kind];
    for (const value of [resource.value, ...resource.overrides]) {
      if (!value) {
        problems.push(`resource ${id} has an empty value`);
      } else if (limit && value.length > limit) {
        problems.push(
          `resource ${id} is ${value.length} characters long, over the limit of ${limit}`
        );
      }
    }
  }
  return problems;
}

function checkUrls(elements) {
  const problems = [];
  for (const element of elements) {
    const urls = [];
    if (
      [
        'bt:Url',
        'bt:Image',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'SourceLocation',
      ].includes(element.name)
    ) {
      urls.push(element.attributes.DefaultValue);
    }
    if (element.name === 'AppDomain') {
      urls.push(element.text);
    }
    for (const url of urls.filter((value) => value !== undefined)) {
      if (!/^https:\/\/[^\s/]+/.test(url)) {
        problems.push(`URL ${url} on <${element.name}> is not https`);
      }
    }
  }
  return problems;
}

function checkIcons(app, elements, resources, rootDir) {
  const icons = [
    { url: app.IconUrl?.[0]?.['@DefaultValue'], size: 32, where: 'IconUrl' },
    {
      url: app.HighResolutionIconUrl?.[0]?.['@DefaultValue'],
      size: 64,
      where: 'HighResolutionIconUrl',
    },
  ];
  for (const element of elements.filter(
    (candidate) => candidate.name === 'bt:Image' && candidate.attributes.resid
  )) {
    const resource = resources.get(element.attributes.resid);
    icons.push({
      url: resource?.value,
      size: Number(element.attributes.size),
      where: element.attributes.resid,
    });
  }

  const problems = new Set();
  for (const icon of icons.filter((candidate) => candidate.url)) {
    const file = path.join(rootDir, urlPath(icon.url));
    if (!fs.existsSync(file)) {
      problems.add(`icon ${icon.where} (${icon.url}) has no file ${path.relative(rootDir, file)}`);
      continue;
    }
    const size = pngSize(fs.readFileSync(file));
    if (!size) {
      problems.add(`icon file ${path.relative(rootDir, file)} is not a PNG`);
    } else if (size.width !== icon.size || size.height !== icon.size) {
      problems.add(
        `icon file ${path.relative(rootDir, file)} is ${size.width}×${size.height}, expected ${icon.size}×${icon.size}`
      );
    }
  }
  return [...problems];
}

/** Checks that every page, script and metadata URL names a file of the built add-in. */
function checkBuiltFiles(resources, builtDir) {
  if (!builtDir) {
    return [];
  }
  const problems = [];
  for (const [id, resource] of resources) {
    if (resource.kind !== 'bt:Urls' || !/\.(html|js|json)$/.test(urlPath(resource.value))) {
      continue;
    }
    if (!fs.existsSync(path.join(builtDir, urlPath(resource.value)))) {
      problems.push(
        `URL ${id} (${resource.value}) names no file of the built add-in in ${builtDir}`
      );
    }
  }
  return problems;
}

function urlPath(url) {
  try {
    return decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
  } catch {
    return '';
  }
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) {
    return undefined;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

module.exports = { checkManifest };

if (require.main === module) {
  const root = path.join(__dirname, '..');
  const manifestPath = path.resolve(process.argv[2] ?? path.join(root, 'manifest.xml'));
  const builtDir = path.resolve(process.argv[3] ?? path.join(root, 'dist', 'addin'));
  const problems = checkManifest(
    fs.readFileSync(manifestPath, 'utf8'),
    root,
    fs.existsSync(builtDir) ? builtDir : undefined
  );
  if (problems.length > 0) {
    console.error(`${path.relative(process.cwd(), manifestPath)}: ${problems.length} problem(s)`);
    problems.forEach((problem) => console.error(`  - ${problem}`));
    process.exit(1);
  }
  console.log(
    `${path.relative(process.cwd(), manifestPath)}: OK${fs.existsSync(builtDir) ? '' : ' (not built yet: page and script files not checked)'}`
  );
}
