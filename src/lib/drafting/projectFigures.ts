// The figures a project's description writes: money (as written, and in yuan by the validator's
// own conversion), beds, floor and site areas, years, and where it is built. Numbers come from
// findNumbers (so a template's X.X万元 is never one); every figure lies inside the text it was read
// from, so a quote holding that text holds the figure.
import { shiftDecimal, YUAN_EXPONENT, type MoneyUnit } from '../data/moneyCny';
import { textStatesValue } from '../data/writtenNumbers';
import { findNumbers, type FoundNumber } from './findNumbers';

export interface Money {
  /** The amount as written (a table cell whole, or the number with its 余/万/亿/元). */
  text: string;
  cny: number;
}

export type MoneyKind = 'total' | 'in_period' | 'to_date' | 'annual';

export interface ProjectFigures {
  money: Partial<Record<MoneyKind, Money>>;
  beds: number | null;
  floor_area_m2: number | null;
  site_area_m2: number | null;
  site_area_mu: number | null;
  start_year: number | null;
  end_year: number | null;
  location: string | null;
}

export const NO_FIGURES: ProjectFigures = { money: {}, beds: null, floor_area_m2: null, site_area_m2: null, site_area_mu: null, start_year: null, end_year: null, location: null };

const MONEY_SCALES = [1, 1e4, 1e8];
const SCALE_EXPONENT: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };
/** What may follow a money number: 余/多, a 万/亿 scale, 元. */
const MONEY_AFTER = /^(余|多)?([万亿萬億])?(元)?/;

/** The exact yuan of a number and the scale written after it, or of a bare number in the column's unit. */
function yuanOf(n: FoundNumber, after: string, columnUnit: MoneyUnit | null): { cny: number; writtenLength: number } | null {
  const m = MONEY_AFTER.exec(after)!;
  const written = Math.round(Math.log10(n.scale)) + (m[2] ? SCALE_EXPONENT[m[2]]! : 0);
  const marked = written > 0 || m[3] !== undefined;
  if (!marked && columnUnit === null) return null;
  const exponent = marked ? written : YUAN_EXPONENT[columnUnit!];
  const cny = Number(shiftDecimal(String(n.digits), exponent));
  return Number.isSafeInteger(cny) ? { cny, writtenLength: m[0].length } : null;
}

/** Figures read from a span must be numbers the validator finds there. */
const holds = (text: string, money: Money) => textStatesValue(text, money.cny, MONEY_SCALES);

/** The amount a money cell writes (its first number; "2亿(其中一期约1亿)" is 2亿), and whether it is per year (1.3亿元/年). */
export function moneyOfCell(cell: string, columnUnit: MoneyUnit | null): { money: Money; perYear: boolean } | null {
  const text = cell.trim();
  const n = findNumbers(text).find((x) => !x.sign && x.range !== 'high');
  if (!n) return null;
  const yuan = yuanOf(n, text.slice(n.end), columnUnit);
  if (!yuan) return null;
  const money = { text, cny: yuan.cny };
  if (!holds(text, money)) return null;
  return { money, perYear: /\/年|每年|年均/.test(text.slice(n.end)) };
}

/** The clause before offset `at` (from the last , 。 ; or line start). */
const clauseBefore = (text: string, at: number) => text.slice(0, at).split(/[,，。;；:：\n|]/).at(-1) ?? '';

/** Amounts of money a description writes after 投资/资金/经费, by kind: 累计/已 to date, 每年 per year, else the total. */
export function moneyInText(text: string): Partial<Record<MoneyKind, Money>> {
  const out: Partial<Record<MoneyKind, Money>> = {};
  for (const n of findNumbers(text)) {
    if (n.sign || n.range === 'high' || n.pair) continue;
    const before = clauseBefore(text, n.start);
    const lead = /(投资|投入|资金|经费|造价)[^投资金费价]{0,6}$/.exec(before);
    // 其中一期投资约1亿: a part of the total, not the project's own figure.
    if (!lead || /其中/.test(before)) continue;
    const yuan = yuanOf(n, text.slice(n.end), null);
    if (!yuan) continue;
    const money = { text: text.slice(n.start, n.end + yuan.writtenLength), cny: yuan.cny };
    if (!holds(money.text, money)) continue;
    const after = text.slice(n.end + yuan.writtenLength, n.end + yuan.writtenLength + 2);
    const kind: MoneyKind = /累计|已完成|已投/.test(before) ? 'to_date' : /每年|年度|年均/.test(before) || after.startsWith('/年') ? 'annual' : 'total';
    out[kind] ??= money;
  }
  return out;
}

/** An exact whole or decimal value of a number with its scale (4.5万 is 45000). */
const valueOf = (n: FoundNumber) => Number(shiftDecimal(String(n.digits), Math.round(Math.log10(n.scale))));

/** Beds, floor and site areas written in a description: the first of each. */
export function areasAndBeds(text: string): Pick<ProjectFigures, 'beds' | 'floor_area_m2' | 'site_area_m2' | 'site_area_mu'> {
  const out: Pick<ProjectFigures, 'beds' | 'floor_area_m2' | 'site_area_m2' | 'site_area_mu'> = { beds: null, floor_area_m2: null, site_area_m2: null, site_area_mu: null };
  for (const n of findNumbers(text)) {
    if (n.sign || n.range === 'high' || n.pair) continue;
    const after = text.slice(n.end, n.end + 8);
    const before = clauseBefore(text, n.start);
    // 每千名老人拥有床位39.5张 is a rate, not a building's beds.
    if (/^张/.test(after) && (/床/.test(before.slice(-10)) || /^张[\u4e00-\u9fff]{0,2}床/.test(after)) && !/每[百千万]/.test(before)) out.beds ??= valueOf(n);
    else if (/^(平方米|平米|㎡|m2|平方)/.test(after)) {
      if (/占地|用地/.test(before)) out.site_area_m2 ??= valueOf(n);
      else if (/面积/.test(before)) out.floor_area_m2 ??= valueOf(n);
    } else if (/^亩/.test(after) && /占地|用地|面积/.test(before)) out.site_area_mu ??= valueOf(n);
  }
  return out;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
const YEAR_RANGE = /(?<![\d.])((?:19|20)\d{2})\s*年?\s*[—–\-~～至到]\s*((?:19|20)\d{2})(?![\d.])/;

/** Start and end years written as a range (2021-2025年, 2021—2023年). */
export function yearRangeIn(text: string): { start_year: number; end_year: number } | null {
  const m = YEAR_RANGE.exec(text);
  if (!m) return null;
  const [start, end] = [Number(m[1]), Number(m[2])];
  return start <= end ? { start_year: start, end_year: end } : null;
}

/** The year a cell writes (2023, 2019.5 → 2019, 2021年). */
export function yearOfCell(cell: string): number | null {
  const m = YEAR.exec(cell);
  return m ? Number(m[1]) : null;
}

/** Where a description says the project stands (位于…, 选址在…), up to the clause's end. */
export function locationIn(text: string): string | null {
  const m = /(?:位于|选址(?:在|于)?|坐落于|地处)([^,，。;；|]{2,40})/.exec(text);
  return m ? m[1]!.trim() : null;
}

/** Every figure of a description (a table's content cell, or a sentence). */
export function figuresIn(text: string): ProjectFigures {
  return { money: moneyInText(text), ...areasAndBeds(text), ...(yearRangeIn(text) ?? { start_year: null, end_year: null }), location: locationIn(text) };
}
