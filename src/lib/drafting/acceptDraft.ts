// Turns the reviewed rows of a draft into rows of data/indicators.csv and data/indicator_values.csv.
// Pure: draft rows in, table records out; the script writes them only if the whole dataset then
// validates. Rows of one name and unit become one indicator with several values (a table row's
// columns, a baseline and its target), as a curator groups them.
import { pinyin } from 'pinyin-pro';
import { NAME_EN_MARKER } from '../format/localName';
import type { DraftRecord } from './readDraft';

export interface AcceptedTables {
  indicators: Record<string, string>[];
  values: Record<string, string>[];
  /** For each values record, the draft line it came from (to point validator messages back at the draft). */
  valueDraftLines: number[];
  /** Rows taken, and rows the curator marked n or left unreviewed. */
  taken: number;
  left: number;
  /** Indicators still named "(to translate)" in English. */
  untranslated: number;
}

/** A row is taken when marked y; with `all`, also every row the drafter proposed (no skip reason) that is not marked n. */
export function isTaken(row: Pick<DraftRecord, 'accept' | 'skip_reason'>, all: boolean): boolean {
  return row.accept === 'y' || (all && row.accept === '' && row.skip_reason === null);
}

const REQUIRED = ['value', 'unit', 'year', 'year_basis', 'value_kind', 'period', 'qualifier'] as const;

/** The slug of an indicator name: its pinyin, a few syllables, lowercase letters and digits only. */
export function nameSlug(nameZh: string): string {
  const syllables = pinyin(nameZh, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean);
  return syllables.slice(0, 8).join('-') || 'value';
}

/** The title of the table a row belongs to: the nearest line above the table's rows that is not itself a row. */
export function tableTitleAbove(text: string, line: number): string {
  const lines = text.split('\n');
  for (let i = line - 2; i >= 0; i--) if (!lines[i]!.includes(' | ')) return lines[i]!.slice(0, 60);
  return '表';
}

export interface AcceptOptions {
  docId: string;
  all: boolean;
  /** The cleaned text, to name the table a table row stands in. */
  text: string;
  /** indicator_ids already in the tables (of any document), never reused. */
  existingIds: ReadonlySet<string>;
  file: string;
}

export function acceptDraft(rows: readonly DraftRecord[], opts: AcceptOptions): { tables: AcceptedTables; errors: string[] } {
  const errors: string[] = [];
  const taken = rows.filter((r) => isTaken(r, opts.all));
  for (const r of taken) {
    for (const col of REQUIRED) if (r[col] === null) errors.push(`${opts.file}:${r.csvLine}:${col}: is empty; a row taken into the tables needs it (fill it, or mark the row n)`);
    if (!r.name_zh.trim()) errors.push(`${opts.file}:${r.csvLine}:name_zh: is empty; name the indicator (or mark the row n)`);
    if (!r.value_text.trim()) errors.push(`${opts.file}:${r.csvLine}:value_text: is empty`);
    if (!r.source_quote.trim()) errors.push(`${opts.file}:${r.csvLine}:source_quote: is empty`);
    if ((r.period === 'point') !== (r.period_start === null && r.period_end === null)) errors.push(`${opts.file}:${r.csvLine}:period_start: a point has no period_start/period_end, a per_year or cumulative value has both`);
  }
  if (errors.length) return { tables: { indicators: [], values: [], valueDraftLines: [], taken: taken.length, left: rows.length - taken.length, untranslated: 0 }, errors };

  // One indicator per name and unit; a second figure for the same year and kind starts another.
  const groups: { name: string; unit: string; rows: DraftRecord[] }[] = [];
  for (const r of taken) {
    const slot = (g: (typeof groups)[number]) => g.rows.some((o) => o.year === r.year && o.value_kind === r.value_kind);
    const group = groups.find((g) => g.name === r.name_zh.trim() && g.unit === r.unit && !slot(g));
    if (group) group.rows.push(r);
    else groups.push({ name: r.name_zh.trim(), unit: r.unit!, rows: [r] });
  }
  const used = new Set(opts.existingIds);
  const indicators: Record<string, string>[] = [];
  const values: Record<string, string>[] = [];
  const valueDraftLines: number[] = [];
  let untranslated = 0;
  for (const g of groups) {
    const base = `${opts.docId}.${nameSlug(g.name)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const first = g.rows[0]!;
    const table = g.rows.every((r) => r.source_quote.includes(' | '));
    const nameEn = g.rows.map((r) => r.name_en.trim()).find((n) => n && n !== NAME_EN_MARKER) ?? NAME_EN_MARKER;
    if (nameEn === NAME_EN_MARKER) untranslated += 1;
    indicators.push({
      indicator_id: id, doc_id: opts.docId, origin: table ? 'table' : 'text', table_ref: table ? tableTitleAbove(opts.text, first.line) : '',
      group_zh: '', name_zh: g.name, name_en: nameEn, unit: g.unit, attribute: '', domain: first.domain ?? 'other',
      concept_id: '', per_capita_count_id: '', duplicate_of: '',
    });
    for (const r of g.rows) {
      values.push({
        indicator_id: id, year: String(r.year), year_basis: r.year_basis!, value_kind: r.value_kind!, period: r.period!,
        period_start: r.period_start === null ? '' : String(r.period_start), period_end: r.period_end === null ? '' : String(r.period_end),
        value: String(r.value), qualifier: r.qualifier!, value_text: r.value_text, source_quote: r.source_quote,
      });
      valueDraftLines.push(r.csvLine);
    }
  }
  return { tables: { indicators, values, valueDraftLines, taken: taken.length, left: rows.length - taken.length, untranslated }, errors };
}
