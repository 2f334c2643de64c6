import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * SVG with one element per line, indented by depth, so a changed golden file reads as a diff.
 * Only whitespace between tags is added: an element holding only text stays on one line.
 */
export function prettySvg(svg: string): string {
  const tokens = svg.trim().match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pad = '  '.repeat(depth);
    if (token.startsWith('</')) {
      depth -= 1;
      lines.push(`${'  '.repeat(depth)}${token}`);
    } else if (token.startsWith('<') && !token.endsWith('/>') && !token.startsWith('<?') && !token.startsWith('<!')) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push(`${pad}${token}${text}${close}`);
        i += 2;
      } else {
        lines.push(`${pad}${token}`);
        depth += 1;
      }
    } else if (token.startsWith('<')) lines.push(`${pad}${token}`);
    else if (token.trim()) lines.push(`${pad}${token}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Where a golden file's differing output is written, beside it, for a person to compare. */
export const actualPath = (goldenPath: string) => goldenPath.replace(/(\.[^./]+)$/, '.actual$1');

/**
 * Compares output with a reviewed golden file. A difference (or a missing golden file) writes the
 * output beside it as `<name>.actual.<ext>` and returns a message saying how to accept it; equal
 * output removes a stale `.actual` file. UPDATE_GOLDEN=1 (npm run golden) writes the golden file instead.
 */
export function goldenFileMismatch(actual: string, goldenPath: string): string | null {
  const beside = actualPath(goldenPath);
  mkdirSync(dirname(goldenPath), { recursive: true });
  if (process.env['UPDATE_GOLDEN'] === '1') {
    writeFileSync(goldenPath, actual);
    rmSync(beside, { force: true });
    return null;
  }
  const golden = existsSync(goldenPath) ? readFileSync(goldenPath, 'utf8') : null;
  if (golden === actual) {
    rmSync(beside, { force: true });
    return null;
  }
  writeFileSync(beside, actual);
  return `${golden === null ? 'no golden file' : 'output differs from the golden file'} ${goldenPath}: the output is in ${beside}. Look at both (diff them, open them); if the new one is right, run \`npm run golden\` and commit the golden file.`;
}

// ── A folder of golden files (the fixture build's output tree) ─────────────
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
export function folderMismatch(folder: string, differences: GoldenDifference[], updateCommand: string): string {
  const lines = differences.map((d) => `  ${folder}/${d.name} ${d.change}${d.change === 'is no longer produced' ? '' : ` (this build's copy: ${folder}/${d.name}${ACTUAL})`}`);
  const example = differences.find((d) => d.change === 'differs');
  const diff = example ? `Read a change with: git diff --no-index ${folder}/${example.name} ${folder}/${example.name}${ACTUAL}\n` : '';
  return `The build's output no longer matches ${folder}/:\n${lines.join('\n')}\n${diff}If the change is meant, run \`${updateCommand}\` and commit the rewritten files.`;
}
