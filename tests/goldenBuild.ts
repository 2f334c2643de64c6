import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseCsv } from '../src/lib/data/csv';
import { pageText } from './pageText';

/**
 * The golden output of a fixture build (tests/golden/fixture-build/): every file's size and
 * hash, and the readable text of a few key pages, so that a change to the build shows up
 * in review as a diff of what a reader would see.
 */

/** Every file of the built site as `path<TAB>bytes<TAB>sha256`, sorted by path. */
export function filesTsv(outDir: string): string {
  const rows = readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const bytes = readFileSync(join(e.parentPath, e.name));
      // Forward slashes and code-unit order: the same listing on every OS and locale.
      const path = relative(outDir, join(e.parentPath, e.name)).split(sep).join('/');
      return { path, line: `${path}\t${bytes.length}\t${createHash('sha256').update(bytes).digest('hex')}` };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `path\tbytes\tsha256\n${rows.map((r) => r.line).join('\n')}\n`;
}

/** The first row of a dataset table, or undefined when the table has none. */
function firstRow(dataDir: string, table: string): Record<string, string> | undefined {
  return parseCsv(`${table}.csv`, readFileSync(join(dataDir, `${table}.csv`), 'utf8')).rows[0]?.record;
}

/**
 * The pages kept as text, by their URL path: each kind of page once, the data-driven ones
 * for the first document, indicator and concept of the dataset (a dataset without
 * concepts has no comparison page of one), and the English edition of two of them.
 */
export function goldenPagePaths(dataDir: string): string[] {
  const doc = firstRow(dataDir, 'documents');
  const indicator = firstRow(dataDir, 'indicators');
  const concept = firstRow(dataDir, 'concepts');
  // A region has a page when it has a document, so the first document's region has one.
  const region = doc && `regions/${doc['region_code']}/`;
  return [
    '',
    region,
    indicator && `indicators/${indicator['indicator_id']}/`,
    doc && `sources/${doc['doc_id']}/`,
    'compare/',
    concept && `compare/${concept['concept_id']}/`,
    'projects/',
    'data/dictionary/',
    'en/',
    region && `en/${region}`,
  ].filter((p): p is string => p !== undefined);
}

/**
 * The golden tree of a built site: file name (relative to the golden folder) → content.
 * A page chosen above that the build lacks is an error, not a silently shorter tree.
 */
export function goldenTree(outDir: string, dataDir: string): Map<string, string> {
  const tree = new Map<string, string>([['files.tsv', filesTsv(outDir)]]);
  for (const page of goldenPagePaths(dataDir)) {
    const html = join(outDir, page, 'index.html');
    if (!existsSync(html)) throw new Error(`the build has no page /${page} (expected ${html})`);
    // Named after the file it reads (regions/990101/index.html → regions/990101/index.txt).
    tree.set(`${page}index.txt`, pageText(readFileSync(html, 'utf8')));
  }
  // Re-indented, so the golden copy's layout does not depend on how the build indents it.
  const datapackage: unknown = JSON.parse(readFileSync(join(outDir, 'data', 'datapackage.json'), 'utf8'));
  tree.set('data/datapackage.json', `${JSON.stringify(datapackage, null, 2)}\n`);
  return tree;
}
