import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { LOCAL_SITE_URL } from '../../src/lib/publishing/siteUrl';
import { goldenTree } from '../goldenBuild';
import { compareGolden, folderMismatch, updateGolden } from '../golden';
import { builtSiteUrl, siteAddressProblems } from '../siteAddressCheck';

const root = resolve(import.meta.dirname, '..', '..');
const outDirs: string[] = [];
// Removing whole built sites takes a while on a loaded machine.
afterAll(() => outDirs.forEach((d) => rmSync(d, { recursive: true, force: true })), 120_000);

// Vitest sets NODE_ENV=test, and libraries bundled for the browser (maplibre-gl) compile
// differently under it; a build here must see the environment `npm run build` sees.
// Builds here name a local address unless a test says otherwise.
const { NODE_ENV: _nodeEnv, SITE_URL: _siteUrl, ...inherited } = process.env;
const buildEnv = { ...inherited, SITE_URL: LOCAL_SITE_URL };

function build(dataDir: string, env: Record<string, string | undefined> = {}, umask?: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'minzheng-build-'));
  outDirs.push(outDir);
  const [cmd, args] = umask ? ['sh', ['-c', `umask ${umask} && exec npm run -s build`]] : ['npm', ['run', '-s', 'build']];
  const run = spawnSync(cmd, args as string[], {
    cwd: root,
    env: { ...buildEnv, ...env, DATA_DIR: join(root, dataDir), OUT_DIR: outDir },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { ...run, outDir };
}

// Another local address than the default, so every link is seen to follow SITE_URL.
const FIXTURE_SITE_URL = 'http://localhost:4321/';
let fixtureSite: ReturnType<typeof build> | undefined;
/** The valid fixture's site: built once, on first use, for every test that reads it. */
function fixtureBuild() {
  fixtureSite ??= build('tests/fixtures/valid', { SITE_URL: FIXTURE_SITE_URL.slice(0, -1) });
  return fixtureSite;
}
const goldenDir = join(root, 'tests', 'golden', 'fixture-build');

describe('building the site', () => {
  test('a build without SITE_URL stops at once, before validating, saying how to set it, and writes nothing', () => {
    const run = build('tests/fixtures/valid', { SITE_URL: undefined });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("SITE_URL is not set: set it to the site's public address, e.g. SITE_URL=");
    expect(run.stdout).not.toContain('data valid');
    expect(readdirSync(run.outDir)).toEqual([]);
  }, 60_000);

  test('invalid data stops the build before a single page is written, listing every problem', () => {
    const run = build('tests/fixtures/broken');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('indicator_values.csv:3:value: "五十八" is not a number');
    expect(run.stderr).toContain('indicator_values.csv:4:source_quote: quote not found verbatim');
    expect(run.stderr).toContain('projects.csv:2:lon: point (122.5, 30.5) lies outside its county 990101 示例县');
    expect(readdirSync(run.outDir)).toEqual([]);
  }, 180_000);

  test('any valid dataset builds into a site: the fixture gets its region, source and data pages', () => {
    const run = fixtureBuild();
    expect(run.status, run.stderr).toBe(0);
    // No placeholder domain anywhere; pages, chart credits and chart CSVs all name SITE_URL.
    expect(siteAddressProblems(run.outDir, FIXTURE_SITE_URL)).toEqual([]);
    const region = readFileSync(join(run.outDir, 'regions', '990101', 'index.html'), 'utf8');
    expect(region).toContain('养老机构护理型床位占比');
    expect(existsSync(join(run.outDir, 'sources', 'demo-plan', 'index.html'))).toBe(true);
    // Site search is indexed into every build, whatever its outDir.
    const entry = JSON.parse(readFileSync(join(run.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['zh-cn']?.page_count).toBeGreaterThan(0);
    expect(readFileSync(join(run.outDir, 'data', 'indicators.csv'), 'utf8')).toBe(`\ufeff${readFileSync(join(root, 'tests/fixtures/valid/indicators.csv'), 'utf8')}`);
  }, 180_000);

  test('the fixture site matches its golden output in tests/golden/fixture-build/ (`npm run golden` rewrites it)', () => {
    const run = fixtureBuild();
    expect(run.status, run.stderr).toBe(0);
    const tree = goldenTree(run.outDir, join(root, 'tests', 'fixtures', 'valid'));
    if (process.env['UPDATE_GOLDEN'] === '1') return updateGolden(goldenDir, tree);
    const differences = compareGolden(goldenDir, tree);
    // The message, not a diff of the list, is what helps: which files, how to read and accept them.
    expect(differences.length === 0 ? '' : folderMismatch(relative(root, goldenDir), differences, 'npm run golden')).toBe('');
  }, 180_000);
});

/** SHA-256 of every file under a folder, by relative path. */
function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

/** Files that exist in only one build, or differ: empty when the builds are byte-identical. */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  const files = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return files.flatMap((f) => (a[f] === b[f] ? [] : [`${f}: ${a[f] === undefined ? 'only in the second build' : b[f] === undefined ? 'only in the first build' : 'differs'}`]));
}

describe('reproducible builds', () => {
  test('the fixture site is byte-identical under another time zone, locale, umask and HOME', () => {
    const home = mkdtempSync(join(tmpdir(), 'minzheng-home-'));
    outDirs.push(home);
    const a = build('tests/fixtures/valid', { TZ: 'UTC', LANG: 'C', LC_ALL: 'C', LANGUAGE: 'C' }, '022');
    const b = build('tests/fixtures/valid', { TZ: 'Pacific/Kiritimati', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN', HOME: home }, '077');
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    const da = digest(a.outDir);
    expect(Object.keys(da).length).toBeGreaterThan(50);
    // On a difference the message names the files, so the cause can be found.
    expect(differences(da, digest(b.outDir))).toEqual([]);
  }, 300_000);

  test('two builds of the same commit produce a byte-identical site, data files included', () => {
    // `npm test` has just built dist/ from this commit (FRESH_DIST=1): one more build is enough.
    const a = process.env['FRESH_DIST'] === '1' ? { status: 0, stderr: '', outDir: join(root, 'dist') } : build('data');
    expect(a.status, a.stderr).toBe(0);
    const b = build('data', { SITE_URL: builtSiteUrl(a.outDir) });
    expect(b.status, b.stderr).toBe(0);
    const da = digest(a.outDir);
    const db = digest(b.outDir);
    expect(Object.keys(da).filter((f) => f.startsWith('data/')).length).toBeGreaterThan(14);
    expect(Object.keys(da).filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(10);
    expect(db).toEqual(da);
  }, 300_000);
});
