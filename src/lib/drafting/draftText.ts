// One draft row for every number of a cleaned text: either a skip reason, or proposals a
// curator reviews (value, unit, year, kind, period, qualifier, name, quote). Pure: text in, rows out.
import { qualifierOfWording } from '../data/qualifierWording';
import { UNITS, type UnitCode } from '../data/units';
import type { Domain, Period, Qualifier, YearBasis } from '../data/vocabulary';
import { findNumbers, type FoundNumber } from './findNumbers';
import { proposeFromHeading, proposeTime, type DocumentFacts, type ValueKind } from './propose';
import { skipReasonOf, type SkipReason } from './skipRules';
import { tableFigureAt } from './tableCells';
import { proposeDomain } from './proposeDomain';
import { clauseAround, headingsOf, lineNumberAt, sectionsOf, sentenceAround } from './textParts';
import { nameOf, valueSpanOf } from './valueWords';
import { adjustForContext, unitOfNoun } from './writtenUnits';
import { NAME_EN_MARKER } from '../format/localName';

export interface DraftRow {
  skip_reason: SkipReason | null;
  line: number;
  /** Offsets of the number itself in the text (not written to the CSV; used to measure drafts). */
  start: number;
  end: number;
  value_text: string;
  value: number | null;
  unit: UnitCode | null;
  year: number | null;
  year_basis: YearBasis | null;
  value_kind: ValueKind | null;
  period: Period | null;
  period_start: number | null;
  period_end: number | null;
  qualifier: Qualifier | null;
  name_zh: string;
  name_en: string;
  /** Proposed from the name, the quote and the section heading (proposeDomain). */
  domain: Domain | null;
  source_quote: string;
}

const EMPTY = { value: null, unit: null, year: null, year_basis: null, value_kind: null, period: null, period_start: null, period_end: null, qualifier: null, name_zh: '', name_en: '', domain: null } as const;

/** The value in the unit as written: 1.5万元 stays 1.5 (万元); 1.5万人 is 15000 people. */
function valueIn(n: FoundNumber, unit: UnitCode | null): number {
  if ((unit === 'wan_yuan' && n.scale === 1e4) || (unit === 'yi_yuan' && n.scale === 1e8)) return n.digits;
  return Number((n.digits * n.scale).toPrecision(12));
}

/** A proposal the tables could not take as drafted: no unit code, or no name. */
const incomplete = (unit: UnitCode | null, name: string): SkipReason | null => (unit === null ? 'unit_not_in_list' : name.trim() === '' ? 'unnamed' : null);

export function draftText(text: string, doc: DocumentFacts): DraftRow[] {
  const numbers = findNumbers(text);
  const sections = sectionsOf(text);
  const headings = headingsOf(text);
  let changeStart: { name: string; sentenceStart: number; end: number } | null = null;
  const rows: DraftRow[] = [];
  numbers.forEach((n, i) => {
    const line = lineNumberAt(text, n.start);
    const skip = skipReasonOf(text, n, numbers);
    const partner = n.pair === 'first' || n.range === 'low' ? numbers[i + 1] : n.pair === 'second' || n.range === 'high' ? numbers[i - 1] : undefined;
    if (skip) {
      const [a, b] = clauseAround(text, n.start, n.end);
      rows.push({ ...EMPTY, skip_reason: skip, line, start: n.start, end: n.end, value_text: n.text, source_quote: text.slice(a, b) });
      return;
    }
    const span = valueSpanOf(text, n, partner);
    const valueText = text.slice(span.start, span.end);
    const table = tableFigureAt(text, n.start);
    if (table) {
      const time = proposeFromHeading(doc, table.heading, table.headings) ?? proposeTime(doc, { lead: table.row, statedYear: null, startOfChange: false, section: sections[line - 1] ?? 'none', growth: false });
      const unit = n.sign === '%' && table.unit !== 'percent_growth' ? 'percent' : n.sign === '‰' ? 'per_mille' : table.unit;
      rows.push({
        skip_reason: incomplete(unit, table.name), line, start: n.start, end: n.end, value_text: valueText, value: valueIn(n, unit), unit, ...time,
        qualifier: qualifierOfWording(valueText, table.row, n.value) ?? 'eq', name_zh: table.name, name_en: NAME_EN_MARKER,
        domain: proposeDomain(table.name, table.row, headings[line - 1] ?? ''), source_quote: table.row,
      });
      return;
    }
    const [clauseStart, clauseEnd] = clauseAround(text, span.start, span.end);
    const [sentenceStart] = sentenceAround(text, span.start, span.end);
    // The nearest year written before the number in its sentence states its year; the quote then reaches back to it.
    // A year compared with (比2015年, 较2015年, 同比) is not the value's year.
    const yearBefore = [...numbers.slice(0, i)].reverse().find((m) => m.start >= sentenceStart && skipReasonOf(text, m, numbers) === 'year' && !/(比|较|与|和)\s*$/.test(text.slice(m.start - 2, m.start)));
    const quoteStart = yearBefore ? clauseAround(text, yearBefore.start, yearBefore.end)[0] : clauseStart;
    const lead = text.slice(sentenceStart, span.start);
    // The previous value bounds this one's name; a number that is not data (a year, 二级, a label) does not ("由2015年的20%").
    const prev = [...numbers.slice(0, i)].reverse().find((m) => skipReasonOf(text, m, numbers) === null);
    const prevEnd = Math.max(prev && prev.end <= n.start ? Math.min(n.start, valueSpanOf(text, prev).end) : 0, text.lastIndexOf('、', n.start) + 1);
    const sign = n.sign || (n.range === 'low' ? partner?.sign ?? '' : '');
    let unit: UnitCode | null = sign === '%' ? 'percent' : sign === '‰' ? 'per_mille' : span.unit.unit;
    if (n.script === 'arabic' || unit !== null) unit = unitOfNoun(unit, span.unit.written, text.slice(Math.max(clauseStart, prevEnd), span.start), text.slice(span.end, Math.min(clauseEnd, numbers[i + 1]?.start ?? clauseEnd)), n.scale);
    unit = adjustForContext(unit, text.slice(clauseStart, n.start));
    const next = numbers[i + 1];
    const startOfChange = /[由从]/.test(text.slice(clauseStart, n.start)) && next !== undefined && next.start < clauseEnd + 12 && /(提高|提升|增加|增长|扩大|延长|调整|上调)?\s*(到|至)/.test(text.slice(span.end, next.start));
    const level = unit !== null && unit !== 'percent_growth' && (UNITS[unit].kind === 'share' || UNITS[unit].kind === 'rate' || unit.startsWith('yuan_per_'));
    const time = proposeTime(doc, { lead, statedYear: yearBefore ? yearBefore.value : null, startOfChange, section: sections[line - 1] ?? 'none', growth: unit === 'percent_growth', level, clause: text.slice(clauseStart, n.start) });
    const quote = text.slice(quoteStart, clauseEnd);
    const range = n.range === 'low' ? 'ge' : n.range === 'high' ? 'le' : null;
    // The end of a change ("由A提高到B") is the same quantity as its start: it takes the start's name.
    const own = nameOf(text, clauseStart, clauseEnd, n, span.end, prevEnd);
    const name = changeStart && changeStart.sentenceStart === sentenceStart && /^(提高|提升|增加|增长|扩大|延长|调整|上调|下降|降低|减少)?\s*(到|至)/.test(text.slice(changeStart.end, n.start).replace(/\d{4}\s*年(底|末)?的?/g, '').replace(/^[^到至提增扩延调上下降减]*/, '')) ? changeStart.name : own;
    changeStart = startOfChange ? { name, sentenceStart, end: span.end } : null;
    rows.push({
      skip_reason: incomplete(unit, name), line, start: n.start, end: n.end, value_text: valueText, value: valueIn(n, unit), unit, ...time,
      qualifier: range ?? qualifierOfWording(valueText, quote, n.value) ?? 'eq',
      name_zh: name, name_en: NAME_EN_MARKER, domain: proposeDomain(name, quote, headings[line - 1] ?? ''), source_quote: quote,
    });
  });
  return rows;
}
