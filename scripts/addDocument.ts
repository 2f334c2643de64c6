/**
 * npm run add-document -- --text <file> --region <code> --kind <five-year-plan|annual-report|work-conference>
 *                         --title "<title>" [--published YYYY-MM-DD] [--url <address>] [--id <doc_id>]
 *                         [--period YYYY-YYYY] [--title-en "<title>"] [--excerpt]
 *
 * One command from a raw text to a draft: decodes the file (UTF-8 or GBK), cleans it with the
 * general rules (src/lib/cleaning/cleanRawText.ts), keeps the raw file in data/raw/, writes the
 * cleaned text data/sources/<doc_id>.txt, adds the document's row and any region rows it needs
 * from the national reference, rebuilds the geodata when the region is in a prefecture the map
 * does not have yet, and drafts every number (data/drafts/<doc_id>.csv, projects beside it).
 * Everything is done on a copy of the data folder and validated there first: a problem changes
 * nothing. DATA_DIR selects another data folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { cleanRawDocument, RAW_PREFIX } from '../src/lib/cleaning/rawDocumentText';
import { parseCsv, toCsv } from '../src/lib/data/csv';
import { checkDataset } from '../src/lib/validation/loadDataset';
import { dataDir } from '../src/lib/data/dataDir';
import { checkDraft } from '../src/lib/drafting/checkDraft';
import { documentFactsOf } from '../src/lib/drafting/documentFacts';
import { draftCsv } from '../src/lib/drafting/draftCsv';
import { draftProjects } from '../src/lib/drafting/draftProjects';
import { draftText } from '../src/lib/drafting/draftText';
import { projectDraftCsv } from '../src/lib/drafting/projectDraftCsv';
import { skipProjectFigures } from '../src/lib/drafting/valuesInProjects';
import { defaultDocId, inferPeriod, KINDS, parseAddDocumentArgs, regionRowsFor, USAGE } from '../src/lib/drafting/newDocument';
import { nationalRegion } from '../src/lib/regions/nationalRegions';
import { formatIssue } from '../src/lib/validation/issues';

const parsed = parseAddDocumentArgs(process.argv.slice(2));
if ('errors' in parsed) {
  console.error(`${parsed.errors.join('\n')}\n\n${USAGE}`);
  process.exit(2);
}
const opts = parsed.options;
const dir = dataDir();
const shown = (p: string) => relative(process.cwd(), p) || '.';

function fail(lines: string[]): never {
  console.error(`${lines.join('\n')}\n\nNothing was changed.`);
  process.exit(1);
}

const textPath = resolve(opts.text);
if (!existsSync(textPath)) fail([`--text ${opts.text}: no such file`]);
let cleaned: ReturnType<typeof cleanRawDocument>;
try {
  cleaned = cleanRawDocument(new Uint8Array(readFileSync(textPath)), opts.title, opts.text);
} catch (e) {
  fail([(e as Error).message]);
}
const { text, report } = cleaned;
const decoded = { encoding: cleaned.encoding };
if (!/\d|[〇一二三四五六七八九十百千万亿]/.test(text)) fail([`${opts.text}: nothing of a document is left after cleaning (${report.lines_in} lines in, all page chrome)`]);

const read = (name: string) => {
  const path = join(dir, `${name}.csv`);
  const raw = readFileSync(path, 'utf8');
  return { path, raw, table: parseCsv(shown(path), raw) };
};
const documents = read('documents');
const regions = read('regions');
const period = opts.period ?? inferPeriod(opts.kind, opts.title, text);
if (!period) fail([`the years the document covers are not in its title or opening lines: give --period ${opts.kind === 'five-year-plan' ? '2026-2030' : '2025'}`]);

const regionRows = regionRowsFor(opts.region, new Set(regions.table.rows.map((r) => r.record['region_code']!)));
if ('error' in regionRows) fail([regionRows.error]);
const region = nationalRegion(opts.region)!;
const docIds = new Set(documents.table.rows.map((r) => r.record['doc_id']!));
const docId = opts.id ?? defaultDocId(region, opts.kind, period, docIds);
if (docIds.has(docId)) fail([`${shown(documents.path)}: a document ${docId} exists already (give another --id)`]);
if (existsSync(join(dir, 'sources', `${docId}.txt`))) fail([`${shown(join(dir, 'sources', `${docId}.txt`))} exists already (give another --id)`]);

const periodText = period[0] === period[1] ? String(period[0]) : `${period[0]}–${period[1]}`;
const KIND_EN = { 'five-year-plan': 'five-year plan', 'annual-report': 'work report', 'work-conference': 'work conference' } as const;
const rawFile = `${RAW_PREFIX}${docId}${extname(textPath).toLowerCase() === '.html' || extname(textPath).toLowerCase() === '.htm' ? '.html' : '.txt'}`;
const documentRecord: Record<string, string> = {
  doc_id: docId, region_code: opts.region, title_zh: opts.title,
  title_en: opts.titleEn ?? `${region.name_en}: civil affairs ${KIND_EN[opts.kind]}, ${periodText}`,
  doc_type: KINDS[opts.kind], period_start: String(period[0]), period_end: String(period[1]),
  issuer_zh: '', issuer_en: '', published: opts.published ?? '', source_url: opts.url ?? '', source_site_zh: '', source_address: '', index_no: '',
  completeness: opts.excerpt ? 'excerpt' : 'full', original_script: report.converted_to_simplified ? 'traditional' : 'simplified',
  seed_file: rawFile,
  title_note_en: opts.titleEn ? '' : 'The English title is ours, made from the region, the kind of document and its years; the Chinese title is the document’s.',
};

/** The file's text with the records appended in its own column order, cells as written. */
function appended(file: { raw: string; table: { header: string[] } }, records: Record<string, string>[]): string {
  if (!records.length) return file.raw;
  const body = toCsv(file.table.header, records, { spreadsheetSafe: false }).split('\n').slice(1).join('\n');
  return `${file.raw.endsWith('\n') ? file.raw : `${file.raw}\n`}${body}`;
}

/** Does the map's geodata hold the region (or, for a prefecture, its counties)? */
function geodataHas(folder: string, code: string): boolean {
  const points = readFileSync(join(folder, 'geo', 'county_points.csv'), 'utf8');
  const counties = JSON.parse(readFileSync(join(folder, 'geo', 'counties.geojson'), 'utf8')) as { features: { properties: { code: string; prefecture_code: string } }[] };
  return points.includes(`\n${code},`) || counties.features.some((f) => f.properties.prefecture_code === code);
}

const scratch = mkdtempSync(join(tmpdir(), 'add-document-'));
// fail() exits at once; the scratch copy goes either way.
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const copy = join(scratch, 'data');
const written: string[] = [];
{
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.startsWith(join(dir, 'drafts')) });
  const write = (rel: string, content: string | Uint8Array) => {
    mkdirSync(join(copy, rel, '..'), { recursive: true });
    writeFileSync(join(copy, rel), content);
    written.push(rel);
  };
  write(rawFile, new Uint8Array(readFileSync(textPath)));
  write(`sources/${docId}.txt`, text);
  write('regions.csv', appended(regions, regionRows.rows.map((r) => ({ ...r }))));
  write('documents.csv', appended(documents, [documentRecord]));

  let geodataRebuilt = false;
  if (!geodataHas(copy, opts.region)) {
    for (const script of ['buildGeodata.ts', 'buildBasemap.ts']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script)], { env: { ...process.env, DATA_DIR: copy }, encoding: 'utf8' });
      if (run.status !== 0) fail([`${script} could not add ${opts.region} ${region.name_zh} to the map:`, run.stderr.trim() || run.stdout.trim()]);
    }
    for (const f of ['geo/counties.geojson', 'geo/county_points.csv', 'geo/basemap.geojson']) written.push(f);
    geodataRebuilt = true;
  }

  const issues = checkDataset(copy, scratch).issues;
  if (issues.length) fail(issues.map((i) => formatIssue({ ...i, file: i.file.replace(/^data\//, `${shown(dir)}/`) })));

  const facts = documentFactsOf(documentRecord);
  const projects = draftProjects(text, { ...facts, doc_id: docId, region_code: opts.region });
  const rows = skipProjectFigures(checkDraft(draftText(text, facts), facts, text), projects);
  const proposed = rows.filter((r) => r.skip_reason === null).length;

  for (const rel of written) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    cpSync(join(copy, rel), join(dir, rel));
  }
  mkdirSync(join(dir, 'drafts'), { recursive: true });
  writeFileSync(join(dir, 'drafts', `${docId}.csv`), draftCsv(rows));
  writeFileSync(join(dir, 'drafts', `${docId}.projects.csv`), projectDraftCsv(projects));
  const cleaningLog = join(dir, 'drafts', `${docId}.cleaning.txt`);
  writeFileSync(cleaningLog, [
    `Cleaning ${opts.text} → sources/${docId}.txt (${decoded.encoding}${report.converted_to_simplified ? ', Traditional converted to Simplified' : ''})`,
    `${report.lines_in} lines in, ${report.lines_out} out; ${report.pinyin_annotations_removed} pinyin annotations removed.`,
    'Removed (check that nothing of the document is among them):',
    ...report.removed.map((r) => `  line ${r.line}: [${r.reason}] ${r.text}`),
    '',
  ].join('\n'));

  console.log(`${docId}: ${opts.title}`);
  console.log(`  ${shown(join(dir, 'sources', `${docId}.txt`))}: ${report.lines_out} lines cleaned from ${report.lines_in} (${decoded.encoding}${report.converted_to_simplified ? ', Traditional → Simplified' : ''}); ${report.removed.length} line(s) or spans removed, listed in ${shown(cleaningLog)}`);
  console.log(`  ${shown(documents.path)}: document added (${documentRecord.doc_type}, ${periodText})`);
  for (const r of regionRows.rows) console.log(`  ${shown(regions.path)}: region ${r.region_code} ${r.name_zh} (${r.name_en}) added from the national reference`);
  if (geodataRebuilt) console.log(`  ${shown(join(dir, 'geo'))}: counties, points and basemap rebuilt to include ${region.name_zh}`);
  console.log(`  ${shown(join(dir, 'drafts', `${docId}.csv`))}: ${rows.length} numbers, ${proposed} proposed as values, ${rows.length - proposed} skipped with a reason`);
  console.log(`  ${shown(join(dir, 'drafts', `${docId}.projects.csv`))}: ${projects.length} project(s)`);
  console.log(`\nNext: review the draft (npm run review-draft -- ${docId}, or edit the accept column), then npm run accept-draft -- ${docId}`);
}
