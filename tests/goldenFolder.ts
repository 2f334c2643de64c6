import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * Keeps a folder of golden files equal to a tree of expected contents. A mismatch leaves
 * `<name>.actual` beside the golden file (git-ignored), so the difference can be read with
 * any diff tool and the golden file replaced once the change is meant.
 */

const ACTUAL = '.actual';

/** Files under `dir` by path relative to it, with forward slashes. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Replaces the folder's contents with the tree: stale golden files and old .actual files go. */
export function updateGolden(dir: string, tree: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, content] of tree) write(join(dir, name), content);
}

/** A golden file that does not match the tree: changed or new (its .actual written), or gone. */
export interface GoldenDifference {
  name: string;
  change: 'differs' | 'is new' | 'is no longer produced';
}

/**
 * Compares the tree with the folder. An empty list means the folder matches; .actual files
 * left by an earlier run are removed first, so those present always belong to this run.
 */
export function compareGolden(dir: string, tree: Map<string, string>): GoldenDifference[] {
  const present = filesUnder(dir);
  for (const f of present.filter((f) => f.endsWith(ACTUAL))) rmSync(join(dir, f));
  const golden = new Set(present.filter((f) => !f.endsWith(ACTUAL)));
  const differences: GoldenDifference[] = [];
  for (const [name, content] of tree) {
    const path = join(dir, name);
    if (golden.has(name) && readFileSync(path, 'utf8') === content) continue;
    write(path + ACTUAL, content);
    differences.push({ name, change: golden.has(name) ? 'differs' : 'is new' });
  }
  for (const name of [...golden].filter((f) => !tree.has(f)).sort()) differences.push({ name, change: 'is no longer produced' });
  return differences;
}

/** What to tell the person whose build no longer matches `folder` (a path from the repository root). */
export function goldenMismatch(folder: string, differences: GoldenDifference[], updateCommand: string): string {
  const lines = differences.map((d) => `  ${folder}/${d.name} ${d.change}${d.change === 'is no longer produced' ? '' : ` (this build's copy: ${folder}/${d.name}${ACTUAL})`}`);
  const example = differences.find((d) => d.change === 'differs');
  const diff = example ? `Read a change with: git diff --no-index ${folder}/${example.name} ${folder}/${example.name}${ACTUAL}\n` : '';
  return `The build's output no longer matches ${folder}/:\n${lines.join('\n')}\n${diff}If the change is meant, run \`${updateCommand}\` and commit the rewritten files.`;
}
