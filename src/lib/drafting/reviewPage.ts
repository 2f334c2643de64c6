// The draft review page: one self-contained HTML page (inline style and script, allowed by their
// hashes; nothing fetched but POST /save) with a card per draft row for a curator to edit, accept or
// skip. Every string from the text or the CSV is escaped and isolated, so it shows as text.
import { createHash } from 'node:crypto';
import { UNIT_CODES, UNITS } from '../data/units';
import { DOMAIN_NAMES, DOMAINS, PERIODS, QUALIFIERS, VALUE_KINDS, YEAR_BASES } from '../data/vocabulary';
import { DRAFT_COLUMN_TYPES, DRAFT_COLUMNS, type DraftColumn } from './draftCsv';
import { lineStarts, quoteContext, type QuoteContext } from './quoteContext';
import type { DraftRecord } from './readDraft';
import { reviewClientScript } from './reviewClientBundle';
import { reviewCounts } from './reviewCounts';
import { ACTION_LABELS, COLUMN_LABELS, EDIT_LABEL, TABLE_LABELS, COUNT_LABELS, COUNTS, DECISION_LABELS, FILTER_LABELS, FILTERS, WARNING_LABELS, type Bilingual } from './reviewLabels';
import { REVIEW_CSS } from './reviewStyle';

export type ReviewRow = Omit<DraftRecord, 'csvLine'>;

export interface ReviewPageInput {
  docId: string;
  title: string;
  /** The cleaned text the quotes come from. */
  text: string;
  rows: readonly ReviewRow[];
  /** The draft file's version as served; a save names it, so a file changed since is not overwritten. */
  version?: string;
}

/** Columns the curator decides with buttons or only reads (the drafter's reason, the text line): not form fields. */
const NOT_EDITED: ReadonlySet<DraftColumn> = new Set(['accept', 'skip_reason', 'check', 'line']);
/** Every column the page lets a curator edit, in the CSV's order. */
export const EDITABLE_COLUMNS: readonly DraftColumn[] = DRAFT_COLUMNS.filter((c) => !NOT_EDITED.has(c));

const code = (c: string) => ({ value: c, label: c });
/** Columns with a closed vocabulary get a select of it; every other column is free text. */
const CHOICES: Partial<Record<DraftColumn, readonly { value: string; label: string }[]>> = {
  // Two units can share a symbol (% and % growth): their code tells them apart.
  unit: UNIT_CODES.map((c) => ({ value: c, label: UNITS[c].zh === UNITS[c].en ? `${UNITS[c].zh} (${c})` : `${UNITS[c].zh} ${UNITS[c].en}` })),
  year_basis: YEAR_BASES.map(code),
  value_kind: VALUE_KINDS.map(code),
  period: PERIODS.map(code),
  qualifier: QUALIFIERS.map(code),
  domain: DOMAINS.map((d) => ({ value: d, label: `${DOMAIN_NAMES[d].zh} ${DOMAIN_NAMES[d].en}` })),
};
const LONG_TEXT: ReadonlySet<DraftColumn> = new Set(['source_quote']);
/** Text that needs a line of its own on a phone, and selects whose labels need two columns on wider screens. */
const WIDE: ReadonlySet<DraftColumn> = new Set(['value_text', 'name_zh', 'name_en']);
const ROOMY: ReadonlySet<DraftColumn> = new Set(['unit', 'year_basis']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for an element's content or a quoted attribute value. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
/** Data text in a <bdi>, so bidi controls and right-to-left letters cannot reorder the page around it. */
const data = (s: string) => `<bdi>${escapeHtml(s)}</bdi>`;
const bi = (l: Bilingual) => `${escapeHtml(l.zh)} <span lang="en" class="en">${escapeHtml(l.en)}</span>`;
const cellText = (v: string | number | null) => (v === null ? '' : String(v));

function fieldHtml(row: ReviewRow, i: number, col: DraftColumn): string {
  const id = `f${i + 1}-${col}`;
  const value = cellText(row[col]);
  const label = `<label for="${id}">${bi(COLUMN_LABELS[col])}</label>`;
  const choices = CHOICES[col];
  let control: string;
  if (choices) {
    const options = [{ value: '', label: '—' }, ...choices]
      .map((o) => `<option value="${escapeHtml(o.value)}"${o.value === value ? ' selected' : ''}>${escapeHtml(o.label)}</option>`)
      .join('');
    control = `<select id="${id}" data-col="${col}">${options}</select>`;
  } else if (LONG_TEXT.has(col)) {
    control = `<textarea id="${id}" data-col="${col}" dir="auto" rows="2" spellcheck="false">${escapeHtml(value)}</textarea>`;
  } else {
    const type = DRAFT_COLUMN_TYPES[col];
    const mode = type === 'number' ? ' inputmode="decimal"' : type ? ' inputmode="numeric"' : '';
    control = `<input id="${id}" data-col="${col}" value="${escapeHtml(value)}" dir="auto" autocomplete="off" spellcheck="false"${mode}>`;
  }
  const width = LONG_TEXT.has(col) ? ' full' : WIDE.has(col) ? ' wide' : ROOMY.has(col) ? ' roomy' : '';
  return `<div class="field${width}">${label}${control}</div>`;
}

function contextHtml(c: QuoteContext): { html: string; table: string; warnings: string } {
  const quote = `${escapeHtml(c.quoteHead)}${c.value ? `<mark>${escapeHtml(c.value)}</mark>` : ''}${escapeHtml(c.quoteTail)}`;
  const html = `<bdi>${escapeHtml(c.before)}<q>${quote}</q>${escapeHtml(c.after)}</bdi>`;
  const column = c.table?.column ? `${bi(TABLE_LABELS.column)}: <strong>${data(c.table.column)}</strong> · ` : '';
  const table = c.table ? `${column}${bi(TABLE_LABELS.headings)}: ${data(c.table.headings.join(' | '))}` : '';
  const warnings = c.warnings.map((w) => `<li>${bi(WARNING_LABELS[w])}</li>`).join('');
  return { html, table, warnings };
}

function cardHtml(row: ReviewRow, i: number, quote: QuoteContext): string {
  const n = i + 1;
  const { html: context, table, warnings } = contextHtml(quote);
  const hidden = [...NOT_EDITED].map((col) => `<input type="hidden" data-col="${col}" value="${escapeHtml(cellText(row[col]))}">`).join('');
  const reason = row.skip_reason
    ? `${bi(COLUMN_LABELS.skip_reason)}: <code>${escapeHtml(row.skip_reason)}</code>${row.check ? ` · ${bi(COLUMN_LABELS.check)}: ${data(row.check)}` : ''}`
    : bi(FILTER_LABELS.proposed);
  const pressed = (mark: string) => (row.accept === mark ? 'true' : 'false');
  return `<li><article class="card" id="row-${n}" tabindex="-1" aria-labelledby="h${n}" data-accept="${escapeHtml(row.accept)}" data-skip="${row.skip_reason ? 'y' : ''}" data-warn="${warnings ? 'y' : ''}">
<h2 id="h${n}"><span class="n">#${n}</span> <span class="vt">${data(row.value_text)}</span></h2>
<p class="meta">${bi(COLUMN_LABELS.line)} ${row.line} · ${reason} · <span class="decision">${bi(DECISION_LABELS[row.accept])}</span></p>
<p class="context">${context}</p>
<p class="table-head"${table ? '' : ' hidden'}>${table}</p>
<ul class="warnings" aria-live="polite"${warnings ? '' : ' hidden'}>${warnings}</ul>
<p class="card-error" hidden></p>
<details class="edit"${row.skip_reason && row.accept !== 'y' ? '' : ' open'}><summary>${bi(EDIT_LABEL)}</summary><div class="fields">${EDITABLE_COLUMNS.map((col) => fieldHtml(row, i, col)).join('')}</div></details>${hidden}
<div class="actions"><button type="button" class="accept" data-act="y" aria-pressed="${pressed('y')}">${bi(ACTION_LABELS.accept)}</button> <button type="button" class="skip" data-act="n" aria-pressed="${pressed('n')}">${bi(ACTION_LABELS.skip)}</button></div>
</article></li>`;
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The page's Content-Security-Policy: nothing from anywhere, but this page's own style and script and its POST to itself. */
export function reviewPagePolicy(): string {
  return [`default-src 'none'`, `script-src ${sha256(reviewClientScript())}`, `style-src ${sha256(REVIEW_CSS)}`, `connect-src 'self'`, `base-uri 'none'`, `form-action 'none'`].join('; ');
}

/** The text as JSON inside a non-running <script>, with < escaped so no "</script>" in the text can end it. */
const jsonInScript = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function reviewPageHtml({ docId, title, text, rows, version = '' }: ReviewPageInput): string {
  const starts = lineStarts(text);
  const quotes = rows.map((row) => quoteContext(text, starts, row));
  const cards = rows.map((row, i) => cardHtml(row, i, quotes[i]!));
  const counts = reviewCounts(rows.map((r, i) => ({ accept: r.accept, skip_reason: r.skip_reason, hasWarning: quotes[i]!.warnings.length > 0 })));
  const script = reviewClientScript();
  const filters = FILTERS.map((f, i) => `<label><input type="radio" name="filter" value="${f}"${i === 0 ? ' checked' : ''}> ${bi(FILTER_LABELS[f])}</label>`).join('');
  const countItems = COUNTS.map((c) => `<li><strong data-count="${c}">${counts[c]}</strong> ${bi(COUNT_LABELS[c])}</li>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reviewPagePolicy())}">
<title>审阅草稿 Review draft · ${escapeHtml(docId)}</title>
<style>${REVIEW_CSS}</style>
</head>
<body data-version="${escapeHtml(version)}">
<header class="page">
<p class="kicker">审阅草稿 <span lang="en" class="en">Review draft</span> · <code>data/drafts/${escapeHtml(docId)}.csv</code></p>
<h1>${data(title)}</h1>
<ul class="counts">${countItems}</ul>
<p class="shortcuts">快捷键 <span lang="en" class="en">Shortcuts</span>: <kbd>j</kbd> 下一条 <span lang="en" class="en">next</span> · <kbd>k</kbd> 上一条 <span lang="en" class="en">previous</span> · <kbd>a</kbd> 采用 <span lang="en" class="en">accept</span> · <kbd>s</kbd> 跳过 <span lang="en" class="en">skip</span> (再按一次撤销 <span lang="en" class="en">press again to undo</span>) · <kbd>Ctrl</kbd>+<kbd>S</kbd> 保存 <span lang="en" class="en">save</span></p>
</header>
<div class="toolbar" role="region" aria-label="筛选与保存 Filter and save"><div class="toolbar-row">
<fieldset class="filter"><legend>显示 <span lang="en" class="en">Show</span></legend>${filters}</fieldset>
<div class="save"><button type="button" id="save">${bi(ACTION_LABELS.save)}</button> <span class="progress">${escapeHtml(COUNT_LABELS.reviewed.zh)} <strong data-count="reviewed">${counts.reviewed}</strong>/${counts.rows} <span lang="en" class="en">${escapeHtml(COUNT_LABELS.reviewed.en)}</span></span> <p id="status" role="status"></p></div>
</div></div>
<main>
${rows.length ? `<ol class="cards">\n${cards.join('\n')}\n</ol>` : '<p>草稿没有数字。 <span lang="en" class="en">The draft has no numbers.</span></p>'}
</main>
<script type="application/json" id="review-text">${jsonInScript(text)}</script>
<script>${script}</script>
</body>
</html>
`;
}
