// What add-document needs to decide before it writes anything: the checked options, the
// document's period, its id, and the region rows it brings (the region and, for a county, its
// prefecture), all from the command line, the text and the national reference. Pure.
import { pinyin } from 'pinyin-pro';
import type { DocumentFacts } from './propose';
import { nationalRegion, type NationalRegion } from '../regions/nationalRegions';

export const KINDS = {
  'five-year-plan': 'five_year_plan',
  'annual-report': 'annual_work_report',
  'work-conference': 'work_conference_report',
} as const satisfies Record<string, DocumentFacts['doc_type']>;
export type KindOption = keyof typeof KINDS;

export interface AddDocumentOptions {
  text: string;
  region: string;
  kind: KindOption;
  title: string;
  titleEn: string | null;
  published: string | null;
  url: string | null;
  id: string | null;
  period: [number, number] | null;
  excerpt: boolean;
}

export const USAGE = `usage: npm run add-document -- --text <file> --region <GB/T 2260 code> --kind <${Object.keys(KINDS).join('|')}> --title "<title>"
         [--published YYYY-MM-DD] [--url <address>] [--id <doc_id>] [--period YYYY-YYYY] [--title-en "<English title>"] [--excerpt]`;

const VALUE_OPTIONS = ['--text', '--region', '--kind', '--title', '--title-en', '--published', '--url', '--id', '--period'] as const;

/** The options, or every problem with them (one line each). */
export function parseAddDocumentArgs(argv: readonly string[]): { options: AddDocumentOptions } | { errors: string[] } {
  const errors: string[] = [];
  const values = new Map<string, string>();
  let excerpt = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--excerpt') excerpt = true;
    else if ((VALUE_OPTIONS as readonly string[]).includes(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) errors.push(`${arg} needs a value`);
      else values.set(arg, value);
      i += 1;
    } else errors.push(`unknown argument ${JSON.stringify(arg)}`);
  }
  for (const required of ['--text', '--region', '--kind', '--title']) if (!values.has(required)) errors.push(`${required} is required`);
  const kind = values.get('--kind');
  if (kind !== undefined && !(kind in KINDS)) errors.push(`--kind ${JSON.stringify(kind)} is not one of ${Object.keys(KINDS).join(', ')}`);
  const region = values.get('--region');
  if (region !== undefined && !/^\d{6}$/.test(region)) errors.push(`--region ${JSON.stringify(region)} is not a six-digit GB/T 2260 code`);
  const published = values.get('--published') ?? null;
  if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) errors.push(`--published ${JSON.stringify(published)} is not a date YYYY-MM-DD`);
  const url = values.get('--url') ?? null;
  if (url !== null && !/^https?:\/\/[^\s/]+/i.test(url)) errors.push(`--url ${JSON.stringify(url)} is not an http(s) address`);
  const id = values.get('--id') ?? null;
  if (id !== null && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) errors.push(`--id ${JSON.stringify(id)} must be lowercase letters, digits and hyphens`);
  const periodText = values.get('--period');
  let period: [number, number] | null = null;
  if (periodText !== undefined) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(periodText);
    if (!m || Number(m[2] ?? m[1]) < Number(m[1])) errors.push(`--period ${JSON.stringify(periodText)} is not YYYY or YYYY-YYYY`);
    else period = [Number(m[1]), Number(m[2] ?? m[1])];
  }
  const title = values.get('--title')?.trim();
  if (title === '') errors.push('--title is empty');
  if (errors.length) return { errors };
  return {
    options: {
      text: values.get('--text')!, region: region!, kind: kind as KindOption, title: title!, titleEn: values.get('--title-en')?.trim() || null,
      published, url, id, period, excerpt,
    },
  };
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 十四 → 14, 十五 → 15: the numerals five-year plans are called by. */
function planNumber(written: string): number | null {
  const m = /^十([一二三四五六七八九])?$/.exec(written);
  return m ? 10 + (m[1] ? CN_DIGITS[m[1]]! : 0) : null;
}

/** The first year of the nth five-year plan from the 3rd on (1966; 1963–65 was an adjustment period between the 2nd and 3rd). */
export const planStart = (n: number) => 1966 + 5 * (n - 3);

/**
 * The years a document covers, from what it says: a plan's "十四五" or "2021—2025年" in its title
 * or opening lines; a report's or conference's first year in its title, else in its opening.
 */
export function inferPeriod(kind: KindOption, title: string, text: string): [number, number] | null {
  const opening = text.slice(0, 600);
  if (kind === 'five-year-plan') {
    for (const source of [title, opening]) {
      const named = /[“"]?(十[一二三四五六七八九]?)五[”"]?|第(十[一二三四五六七八九]?)个五年/.exec(source);
      const n = named ? planNumber(named[1] ?? named[2]!) : null;
      if (n) return [planStart(n), planStart(n) + 4];
      const span = /(\d{4})\s*[—–\-－~～至到]\s*(\d{4})\s*年/.exec(source);
      if (span && Number(span[2]) - Number(span[1]) === 4) return [Number(span[1]), Number(span[2])];
    }
    return null;
  }
  for (const source of [title, opening]) {
    const year = /(?<!\d)((?:19|20)\d{2})\s*年/.exec(source);
    if (year) return [Number(year[1]), Number(year[1])];
  }
  return null;
}

/** The place name in an id: the pinyin of the name without its generic (三门县 → sanmen, 北仑区 → beilun). */
export function placeSlug(region: Pick<NationalRegion, 'name_zh'>): string {
  const name = region.name_zh.replace(/(自治县|自治州|自治旗|地区|新区|林区|特区|矿区|[市县区旗盟州])$/, '') || region.name_zh;
  return pinyin(name, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).join('');
}

/** The default id: place, then the plan (fyp14) or the year and kind, as the curated ids read. */
export function defaultDocId(region: NationalRegion, kind: KindOption, period: [number, number], taken: ReadonlySet<string>): string {
  const place = placeSlug(region);
  const n = (period[0] - 1966) / 5 + 3;
  const what = kind === 'five-year-plan' ? (Number.isInteger(n) && period[1] - period[0] === 4 ? `fyp${n}` : `plan-${period[0]}-${period[1]}`) : `${period[0]}-${kind === 'annual-report' ? 'report' : 'conference'}`;
  const id = `${place}-${what}`;
  return taken.has(id) ? `${place}-${region.code}-${what}` : id;
}

export interface RegionRecord {
  region_code: string;
  name_zh: string;
  name_en: string;
  level: 'prefecture' | 'county' | 'district';
  parent_code: string;
  province_zh: string;
  province_en: string;
}

function recordOf(r: NationalRegion, province: NationalRegion): RegionRecord {
  return { region_code: r.code, name_zh: r.name_zh, name_en: r.name_en, level: r.level as RegionRecord['level'], parent_code: r.parent_code!, province_zh: province.name_zh, province_en: province.name_en };
}

/**
 * The regions.csv rows a document of `code` needs and the table lacks: the region, and its parent
 * when the parent is a prefecture (a county's row names it); a province needs no row.
 */
export function regionRowsFor(code: string, known: ReadonlySet<string>): { rows: RegionRecord[] } | { error: string } {
  const region = nationalRegion(code);
  if (!region) return { error: `--region ${code} is not a code in the national reference (GB/T 2260; src/lib/regions/nationalRegions.ts)` };
  if (region.level === 'province') return { error: `--region ${code} is a province (${region.name_zh}): the site covers prefecture- and county-level plans; give a prefecture or county code` };
  const province = nationalRegion(region.province_code)!;
  const rows: RegionRecord[] = [];
  const parent = region.parent_code ? nationalRegion(region.parent_code) : undefined;
  if (parent && parent.level === 'prefecture' && !known.has(parent.code)) rows.push(recordOf(parent, province));
  if (!known.has(region.code)) rows.push(recordOf(region, province));
  return { rows };
}
