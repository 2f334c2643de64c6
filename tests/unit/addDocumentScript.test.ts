// The curator's commands on bad input: a clear reason, exit 1, and the data folder exactly as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const FIXTURE = join(root, 'tests', 'fixtures', 'new-document', 'jinzhai-2023-report.gbk.html');
let scratch: string;
let data: string;

function run(script: string, args: string[]) {
  const r = spawnSync('npx', ['tsx', join(root, 'scripts', script), ...args], { cwd: root, env: { ...process.env, DATA_DIR: data }, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Every file of the data folder with its contents, to prove a refused command changed nothing. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'latin1'));
  }
  return out;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'add-document-input-'));
  data = join(scratch, 'data');
  cpSync(join(root, 'data'), data, { recursive: true, filter: (src) => !src.startsWith(join(root, 'data', 'drafts')) });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const base = ['--region', '341524', '--kind', 'annual-report', '--title', '金寨县民政局2023年工作总结'];

describe('add-document refuses bad input and changes nothing', () => {
  test.each([
    ['a file that is not text', () => { const f = join(scratch, 'binary.txt'); writeFileSync(f, Buffer.from([0x00, 0xff, 0x10, 0x80, 0x81, 0xfe, 0x00, 0x00])); return ['--text', f, ...base]; }, /binary\.txt:1:\d+: /],
    ['a file that does not exist', () => ['--text', join(scratch, 'none.txt'), ...base], /no such file/],
    ['a province', () => ['--text', FIXTURE, '--region', '340000', '--kind', 'annual-report', '--title', 'x'], /is a province \(安徽省\)/],
    ['a code that is no region', () => ['--text', FIXTURE, '--region', '349999', '--kind', 'annual-report', '--title', 'x'], /is not a code in the national reference/],
    ['an id in use', () => ['--text', FIXTURE, ...base, '--id', 'sanmen-fyp14'], /a document sanmen-fyp14 exists already/],
    ['a plan whose years nothing states', () => ['--text', FIXTURE, '--region', '341524', '--kind', 'five-year-plan', '--title', '金寨县民政工作规划'], /give --period 2026-2030/],
  ])('%s', (_name, args, reason) => {
    const before = snapshot(data);
    const r = run('addDocument.ts', args());
    expect(r.status, r.out).toBe(1);
    expect(r.out).toMatch(reason);
    expect(r.out).toContain('Nothing was changed.');
    expect(snapshot(data)).toEqual(before);
  });

  test('bad options are named with the usage, exit 2', () => {
    const r = run('addDocument.ts', ['--text', FIXTURE, '--kind', 'memo']);
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/--kind "memo" is not one of/);
    expect(r.out).toMatch(/usage: npm run add-document/);
  });
});

describe('accept-draft refuses a draft that would not validate and changes nothing', () => {
  test('a curator’s edit that breaks a quote is reported at the draft’s line', () => {
    const added = run('addDocument.ts', ['--text', FIXTURE, ...base]);
    expect(added.status, added.out).toBe(0);
    const draft = join(data, 'drafts', 'jinzhai-2023-report.csv');
    const lines = readFileSync(draft, 'utf8').split('\r\n');
    // The first proposed row: mark it y and make its value one the quote does not hold.
    const at = lines.findIndex((l, i) => i > 0 && l.startsWith(',,,'));
    const cells = lines[at]!.split(',');
    lines[at] = ['y', ...cells.slice(1)].join(',').replace(/,8650,/, ',8651,');
    writeFileSync(draft, lines.join('\r\n'));
    const before = snapshot(data);
    const r = run('acceptDraft.ts', ['jinzhai-2023-report']);
    expect(r.status, r.out).toBe(1);
    expect(r.out).toMatch(new RegExp(`drafts/jinzhai-2023-report\\.csv:${at + 1}: value: 8651 is not a number written in value_text`));
    expect(r.out).toContain('Nothing was changed.');
    expect(snapshot(data)).toEqual(before);
  });

  test('a typo in the accept column is named with its place', () => {
    const draft = join(data, 'drafts', 'jinzhai-2023-report.csv');
    const text = readFileSync(draft, 'utf8');
    writeFileSync(draft, text.replace(/\r\ny,/, '\r\nyes,'));
    const r = run('acceptDraft.ts', ['jinzhai-2023-report']);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/jinzhai-2023-report\.csv:\d+:accept: must be y \(keep\), n \(drop\) or empty \(found "yes"\)/);
    writeFileSync(draft, text);
  });
});
