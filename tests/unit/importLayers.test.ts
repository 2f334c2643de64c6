import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// src/lib's folders import each other only downstream (.dependency-cruiser.cjs, checked by dependency-cruiser).
const root = resolve(import.meta.dirname, '..', '..');
const CONFIG = join(root, '.dependency-cruiser.cjs');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function cruise(cwd: string) {
  const run = spawnSync(join(root, 'node_modules', '.bin', 'depcruise'), ['src/lib', '--config', CONFIG, '--output-type', 'err'], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A throwaway tree of src/lib modules: path → source. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-layers-'));
  temps.push(dir);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', strict: true } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('src/lib imports only downstream', () => {
  test('the project itself: no cycle between modules or folders, every folder in a layer', () => {
    const { status, output } = cruise(root);
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  }, 60_000);

  test('a data module importing a view is refused, naming both ends and the rule', () => {
    const { status, output } = cruise(tree({
      'src/lib/data/rows.ts': "import { view } from '../views/page';\nexport const rows = view;\n",
      'src/lib/views/page.ts': 'export const view = 1;\n',
    }));
    expect(status).not.toBe(0);
    expect(output).toMatch(/layer-data: src\/lib\/data\/rows\.ts → [\s\S]*src\/lib\/views\/page\.ts/);
  }, 60_000);

  test('two folders importing each other are a folder cycle', () => {
    const { status, output } = cruise(tree({
      'src/lib/charts/a.ts': "import { b } from '../compare/b';\nexport const a = () => b;\n",
      'src/lib/compare/b.ts': "import { c } from '../charts/c';\nexport const b = c;\n",
      'src/lib/charts/c.ts': 'export const c = 2;\n',
    }));
    expect(status).not.toBe(0);
    expect(output).toContain('no-folder-cycles');
  }, 60_000);

  test('a new folder must be given a layer before it is imported', () => {
    const { status, output } = cruise(tree({
      'src/lib/views/page.ts': "import { helper } from '../misc/helper';\nexport const page = helper;\n",
      'src/lib/misc/helper.ts': 'export const helper = 3;\n',
    }));
    expect(status).not.toBe(0);
    expect(output).toContain('folder-in-a-layer');
  }, 60_000);
});
