/**
 * npm run accept-draft -- <doc_id> [--all]
 *
 * Moves the reviewed rows of data/drafts/<doc_id>.csv into data/indicators.csv and
 * data/indicator_values.csv, and of data/drafts/<doc_id>.projects.csv into data/projects.csv: rows marked y, and with --all every row the drafter proposed
 * (no skip_reason) that is not marked n. The rows are first added to a copy of the data folder
 * and the whole dataset is validated there; only if it validates are the real tables changed, so
 * a bad draft changes nothing. Validator messages about the new rows point at the draft's lines.
 * DATA_DIR selects another data folder, as for every script.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseCsv, toCsv } from '../src/lib/data/csv';
import { checkDataset } from '../src/lib/validation/loadDataset';
import { dataDir } from '../src/lib/data/dataDir';
import { acceptDraft } from '../src/lib/drafting/acceptDraft';
import { acceptProjects } from '../src/lib/drafting/acceptProjects';
import { readProjectDraft } from '../src/lib/drafting/readProjectDraft';
import { readDraft } from '../src/lib/drafting/readDraft';
import { formatIssue } from '../src/lib/validation/issues';

const args = process.argv.slice(2);
const docId = args.find((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && a !== '--all');
if (!docId || unknown.length) {
  console.error(`usage: npm run accept-draft -- <doc_id> [--all]${unknown.length ? `\nunknown option ${unknown.join(' ')}` : ''}`);
  process.exit(2);
}
const all = args.includes('--all');
const dir = dataDir();
const shown = (p: string) => relative(process.cwd(), p) || '.';
const draftPath = join(dir, 'drafts', `${docId}.csv`);

function fail(lines: string[]): never {
  console.error(`${lines.join('\n')}\n\nNothing was changed.`);
  process.exit(1);
}

if (!existsSync(draftPath)) fail([`${shown(draftPath)}: no draft (npm run add-document or npm run draft-document -- ${docId} makes one)`]);
const draft = readDraft(shown(draftPath), readFileSync(draftPath, 'utf8'));
if (draft.errors.length) fail(draft.errors);

const read = (name: string) => {
  const path = join(dir, `${name}.csv`);
  const text = readFileSync(path, 'utf8');
  return { path, text, table: parseCsv(shown(path), text) };
};
const documents = read('documents');
const documentRecord = documents.table.rows.find((r) => r.record['doc_id'] === docId)?.record;
if (!documentRecord) fail([`${shown(documents.path)}: no document ${docId}; add it first (npm run add-document)`]);
const indicatorsFile = read('indicators');
const valuesFile = read('indicator_values');
const projectsFile = read('projects');
const already = indicatorsFile.table.rows.filter((r) => r.record['doc_id'] === docId).length + projectsFile.table.rows.filter((r) => r.record['doc_id'] === docId).length;
if (already) fail([`${docId} already has ${already} indicator(s) or project(s) in the tables. Accepting a draft adds a document's rows once; edit the tables themselves from now on.`]);

const projectsDraftPath = join(dir, 'drafts', `${docId}.projects.csv`);
const projectsDraft = existsSync(projectsDraftPath) ? readProjectDraft(shown(projectsDraftPath), readFileSync(projectsDraftPath, 'utf8')) : { rows: [], errors: [] };
if (projectsDraft.errors.length) fail(projectsDraft.errors);
const points = new Map(parseCsv('county_points.csv', readFileSync(join(dir, 'geo', 'county_points.csv'), 'utf8')).rows.map(({ record }) => [record['code']!, { lon: record['lon']!, lat: record['lat']! }]));
const acceptedProjects = acceptProjects(projectsDraft.rows, {
  docId, regionCode: documentRecord['region_code']!, all, points, file: shown(projectsDraftPath),
  existingIds: new Set(projectsFile.table.rows.map((r) => r.record['project_id']!)),
});
if (acceptedProjects.errors.length) fail(acceptedProjects.errors);

const text = readFileSync(join(dir, 'sources', `${docId}.txt`), 'utf8');
const { tables, errors } = acceptDraft(draft.rows, {
  docId, all, text, file: shown(draftPath),
  existingIds: new Set(indicatorsFile.table.rows.map((r) => r.record['indicator_id']!)),
});
if (errors.length) fail(errors);
if (tables.taken === 0 && acceptedProjects.projects.length === 0) fail([`${shown(draftPath)}: no row is marked y${all ? ' and none is proposed' : ' (mark rows y, or take every proposed row with --all)'}`]);

/** The file's text with the records appended, in its own column order and as its rows are written (no spreadsheet quoting: these are the curated sources). */
function appended(file: { text: string; table: { header: string[] } }, records: Record<string, string>[]): string {
  const body = toCsv(file.table.header, records, { spreadsheetSafe: false }).split('\n').slice(1).join('\n');
  return `${file.text.endsWith('\n') ? file.text : `${file.text}\n`}${body}`;
}

const firstNewLine = (file: { text: string }) => (file.text.endsWith('\n') ? file.text : `${file.text}\n`).split('\n').length;

function check(): string[] {
  const scratch = mkdtempSync(join(tmpdir(), 'accept-draft-'));
  try {
    const copy = join(scratch, 'data');
    cpSync(dir, copy, { recursive: true, filter: (src) => !src.startsWith(join(dir, 'drafts')) });
    writeFileSync(join(copy, 'indicators.csv'), appended(indicatorsFile, tables.indicators));
    writeFileSync(join(copy, 'indicator_values.csv'), appended(valuesFile, tables.values));
    writeFileSync(join(copy, 'projects.csv'), appended(projectsFile, acceptedProjects.projects));
    return checkDataset(copy, scratch).issues.map((issue) => {
      const [draft, lines, file] = issue.file === 'data/indicator_values.csv' ? [draftPath, tables.valueDraftLines, valuesFile] : issue.file === 'data/projects.csv' ? [projectsDraftPath, acceptedProjects.draftLines, projectsFile] : [draftPath, [], valuesFile];
      const draftLine = lines[issue.line - firstNewLine(file)];
      const real = { ...issue, file: issue.file.replace(/^data\//, `${shown(dir)}/`) };
      return draftLine === undefined ? formatIssue(real) : `${shown(draft)}:${draftLine}: ${issue.column ? `${issue.column}: ` : ''}${issue.message} (would be ${formatIssue(real).split(': ')[0]})`;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const problems = check();
if (problems.length) fail([...problems, '', `${problems.length} problem(s) with the accepted rows: correct them in the draft (or mark them n) and run accept-draft again.`]);

for (const [file, records] of [[indicatorsFile, tables.indicators], [valuesFile, tables.values], [projectsFile, acceptedProjects.projects]] as const) {
  if (!records.length) continue;
  const temp = `${file.path}.accepting`;
  writeFileSync(temp, appended(file, records));
  renameSync(temp, file.path);
}
console.log(`${docId}: ${tables.taken} value(s) accepted as ${tables.indicators.length} indicator(s) into ${shown(indicatorsFile.path)} and ${shown(valuesFile.path)}; ${tables.left} draft row(s) left out; ${acceptedProjects.projects.length} project(s) into ${shown(projectsFile.path)}. The dataset validates.`);
if (tables.untranslated) console.log(`${tables.untranslated} indicator(s) still have the English name "(to translate)": translate them in ${shown(indicatorsFile.path)}.`);
