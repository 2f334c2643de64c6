import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildInto } from '../../scripts/atomicBuild';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A parent folder holding a previous site in dist/. */
function previousSite() {
  const parent = mkdtempSync(join(tmpdir(), 'minzheng-atomic-'));
  made.push(parent);
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'regions'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), 'previous site');
  writeFileSync(join(dist, 'regions', 'a.html'), 'previous region');
  return { parent, dist };
}

/** A build command: a real child process that writes part of a site into OUT_DIR, then exits with `code`. */
function command(code: number) {
  return (outDir: string) =>
    spawnSync(process.execPath, ['-e', `const fs=require('fs');fs.writeFileSync(process.env.OUT_DIR+'/index.html','new site');fs.mkdirSync(process.env.OUT_DIR+'/half');process.exit(${code})`], { env: { ...process.env, OUT_DIR: outDir } }).status;
}

describe('the build writes nothing unless it completes', () => {
  test('a build that fails half-way leaves the previous site untouched and no temporary folder', () => {
    const { parent, dist } = previousSite();
    expect(buildInto(dist, command(1))).toBe(false);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readdirSync(dist).sort()).toEqual(['index.html', 'regions']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
  });

  test('a build killed by a signal leaves the previous site untouched', () => {
    const { parent, dist } = previousSite();
    const killed = (outDir: string) => spawnSync(process.execPath, ['-e', `require('fs').writeFileSync(process.env.OUT_DIR+'/x','y');process.kill(process.pid,'SIGKILL')`], { env: { ...process.env, OUT_DIR: outDir } }).status;
    expect(buildInto(dist, killed)).toBe(false);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
  });

  test('a build step that throws leaves the previous site untouched', () => {
    const { parent, dist } = previousSite();
    expect(() => buildInto(dist, () => {
      throw new Error('boom');
    })).toThrow('boom');
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
  });

  test('a build that succeeds replaces the whole site (no stale files from the previous one)', () => {
    const { parent, dist } = previousSite();
    expect(buildInto(dist, command(0))).toBe(true);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readdirSync(dist).sort()).toEqual(['half', 'index.html']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new site');
  });

  test('a first build creates the output folder', () => {
    const parent = mkdtempSync(join(tmpdir(), 'minzheng-atomic-'));
    made.push(parent);
    expect(buildInto(join(parent, 'out', 'site'), command(0))).toBe(true);
    expect(readdirSync(join(parent, 'out'))).toEqual(['site']);
  });
});
