// Why a number found in a text is not data. Each rule is general (how Chinese documents write
// years, dates, document numbers, labels, names), never the wording of one document; the
// curator sees the reason and can still accept the row.
import type { FoundNumber } from './findNumbers';

export const SKIP_REASONS = [
  'year', 'date', 'document_number', 'list_label', 'code', 'phone', 'name', 'meeting_or_plan_name',
  'anniversary', 'table_row_number', 'title', 'per_denominator',
  // Data the drafter could not complete, so it is not proposed (accept-draft --all leaves it out);
  // its other fields are still drafted for the curator: a unit with no code in units.ts (亩, 公里),
  // or no words before the number to name it.
  'unit_not_in_list', 'unnamed',
  // A proposal the validator's own rules refuse (checkDraft.ts); its words are in the check column.
  'fails_check',
  // One of a drafted project's figures (valuesInProjects.ts): published with the project, not as a value.
  'project_figure',
  // 一批, 一系列, 一些: an indefinite amount written with 一, not a count.
  'indefinite',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

const isYear = (n: FoundNumber) => n.script === 'arabic' && !n.sign && n.scale === 1 && Number.isInteger(n.digits) && /^\d{4}$/.test(n.text) && n.digits >= 1949 && n.digits <= 2100;
const BRACKET_OPEN = /[〔［\[【(（]/;
const BRACKET_CLOSE = /[〕］\]】)）]/;

/** The text of the line holding offset `at`, and where that line starts. */
export function lineAround(text: string, at: number): { line: string; start: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const stop = text.indexOf('\n', at);
  return { line: text.slice(start, stop < 0 ? text.length : stop), start };
}

/** True when the offset lies inside a pair of the given brackets on the same line (《…》, “…”). */
function inside(text: string, at: number, open: string, close: string): boolean {
  const { line, start } = lineAround(text, at);
  const i = at - start;
  const o = line.lastIndexOf(open, i);
  if (o < 0) return false;
  const c = line.lastIndexOf(close, i);
  return c < o && line.indexOf(close, i) >= 0;
}

/** The quoted span “…” around a number, if any. */
function quotedSpan(text: string, n: FoundNumber): string | null {
  if (!inside(text, n.start, '“', '”')) return null;
  const o = text.lastIndexOf('“', n.start);
  const c = text.indexOf('”', n.end);
  return text.slice(o + 1, c);
}

/** The reason `n` is not data, or null when it is data. `all` is every number of the text (for dates and ranges). */
export function skipReasonOf(text: string, n: FoundNumber, all: readonly FoundNumber[]): SkipReason | null {
  const before = text.slice(Math.max(0, n.start - 12), n.start);
  const after = text.slice(n.end, n.end + 12);
  const prev = before.at(-1) ?? '';
  const { line, start: lineStart } = lineAround(text, n.start);
  const lineBefore = text.slice(lineStart, n.start);

  if (n.planName) return 'meeting_or_plan_name';
  if (n.script !== 'arabic' && n.digits === 1 && /^(批|些|系列|揽子|大批|整套|套|揽)/.test(after)) return 'indefinite';
  // Table row serials: the first cell of a row of cells joined by " | ".
  if (line.includes(' | ') && /^\s*$/.test(lineBefore) && /^\s*\|/.test(after) && /^\d{1,3}$/.test(n.text)) return 'table_row_number';
  // Document numbers: 〔2021〕12号, 浙民〔2021〕12号, [2019]375号, 索引号/文号 and registration numbers.
  if (BRACKET_OPEN.test(prev) && BRACKET_CLOSE.test(after[0] ?? '') && isYear(n) && /[〔［\[【]/.test(prev)) return 'document_number';
  if (/[〕］\]】]\s*$/.test(before) && /^\s*[号號]/.test(after)) return 'document_number';
  if (/(索引号|文号|编号|备案号|ICP备|ICP備|证号|登记号|代码)[:：\s]*[\w\-\/]*$/.test(before)) return 'document_number';
  if (/[号號]-$/.test(before) || /^[号號]/.test(after)) return 'document_number';
  // Dates and times: 3月5日, 2021年3月, 2020-03-23 16:31, 2019.5, 12月底.
  if (/^\s*年\s*\d{1,2}\s*月/.test(after) && isYear(n)) return 'date';
  if (/^\s*月\s*(\d{1,2}\s*日|[上中下]旬|底|初|份|中)/.test(after) || (/^\s*月/.test(after) && /年\s*$/.test(before))) return 'date';
  if (/^\s*(日|号)/.test(after) && /月\s*$/.test(before)) return 'date';
  if (/^日/.test(after) && n.scale === 1 && !n.sign && Number.isInteger(n.digits) && n.digits >= 1 && n.digits <= 31) return 'date';
  if (/^\s*月/.test(after) && n.scale === 1 && n.digits >= 1 && n.digits <= 12 && Number.isInteger(n.digits) && !/[个每]\s*$/.test(before)) return 'date';
  if (/^\d{4}\.\d{1,2}$/.test(n.text) && (!/^[\u4e00-\u9fff]/.test(after) || /^(起|开始|以来|至今)/.test(after)) && Number(n.text.split('.')[1]) <= 12 && isYear({ ...n, text: n.text.slice(0, 4), digits: Number(n.text.slice(0, 4)) })) return 'date';
  if (/\d{4}-\d{1,2}-$/.test(before) || (/\d{4}-$/.test(before) && /^-\d{1,2}/.test(after)) || /^-\d{1,2}-\d{1,2}/.test(after) || /^:\d{2}/.test(after) || /\d:$/.test(before)) return 'date';
  // Years: 2025年 as a time, a year range 2021—2025, 2019 年度.
  if (isYear(n) && (/^\s*年/.test(after) || /^\s*[—–\-~～至到]\s*\d{4}/.test(after) || /\d{4}\s*[—–\-~～至到]\s*$/.test(before) || /^\s*[—–\-~～至到]\s*\d{2}年/.test(after))) return 'year';
  // Book titles and document names: 《…2020年工作评议实施方案》.
  if (inside(text, n.start, '《', '》')) return 'title';
  // Ordinals and list labels: 第一, 第3, (一), 1. 2、 一是.
  if (/^个?五年(规划|计划)/.test(after)) return 'meeting_or_plan_name'; // 第十四个五年规划
  if (/第\s*$/.test(before)) return 'list_label';
  if (/(表|图|附件|附表|专栏)\s*$/.test(before) && n.scale === 1 && !n.sign && n.digits <= 99) return 'list_label'; // 表1, 专栏3
  if (BRACKET_OPEN.test(prev) && BRACKET_CLOSE.test(after[0] ?? '') && !n.sign && n.scale === 1 && n.digits <= 99) return 'list_label';
  const clauseStart = lineBefore === '' || /[\s。;；:：!！?？|]$/.test(lineBefore);
  if (clauseStart && /^[.．、]\s*(?!\d)/.test(after) && n.scale === 1 && !n.sign && n.digits <= 99) return 'list_label';
  if (/^是/.test(after) && (n.script === 'chinese' || clauseStart)) return 'list_label';
  if (/^、/.test(after) && n.script === 'chinese' && n.text.length === 1) return 'list_label';
  // Meetings and plans: 十九届六中全会, 第十四次全国民政会议 (第 above), 五年规划 after 第十四个.
  if (/^\s*(届|中全会|次全会|次全体|次代表大会|次党代会|次全国)/.test(after)) return 'meeting_or_plan_name';
  // 党的十九大, 二十大精神: a party congress (a numeral of ten or more, then 大 standing alone).
  if (n.script === 'chinese' && n.value >= 10 && /^大([、和及与以精报,，。;；”"]|$)/.test(after)) return 'meeting_or_plan_name';
  if (/^\s*年规划/.test(after) && /个\s*$/.test(before)) return 'meeting_or_plan_name';
  if (/^\s*周年/.test(after)) return 'anniversary';
  // Codes and slogans: 1+8+X, "11345" (digits alone in quotes), 5G; hotlines and phone numbers.
  if (/^\s*\+/.test(after) || /\+\s*$/.test(before)) return 'code';
  if (/[A-Za-z]$/.test(prev)) return 'code';
  if (/^[A-Za-z]/.test(after) && !/^(km|kg|m²|m2)/i.test(after)) return 'code';
  if (/^\d{3,4}-$/.test(before.slice(-5)) || /^-\d{7,8}/.test(after)) return 'phone';
  if (n.script === 'arabic' && /^\d{5,6}$/.test(n.text) && (/^[”"]?\s*(便民)?(服务)?(热线|专线|平台|电话)/.test(after) || /(热线|拨打|电话|专线)[:：\s]*$/.test(before))) return 'phone';
  if (n.script === 'arabic' && /^\d{7,}$/.test(n.text)) return 'phone';
  const quoted = quotedSpan(text, n);
  if (quoted !== null) {
    if (quoted === n.text) return /^[\d]+$/.test(n.text) ? 'code' : null;
    // A quoted phrase with words beside its number is a name or slogan ("一件事", "四个一", "五大行动");
    // a quoted count alone ("十家", "十个") is a count.
    const rest = quoted.replace(n.text, '');
    if (quoted.length <= 8 && !/^[个家项名人张所次条件套座处位种]$/.test(rest)) return 'name';
  }
  // 五大行动, 三大体系: a programme's name; 五大特色养老产业园区 counts parks.
  if (n.script === 'chinese' && /^大(行动|工程|体系|机制|任务|战略|理念|使命|目标|品牌|计划|举措|板块|专项|攻坚|提升|改革|服务|建设|工作)/.test(after)) return 'name';
  // A grade or level (二级标准, 三、四级残疾人, 三级人大代表) names a class, not a quantity.
  if (n.script === 'chinese' && /^级/.test(after)) return 'name';
  // A named service circle ("15分钟"服务圈, 15分钟养老服务圈) is a designation, not a measured time.
  if (/^(分钟|公里)[”"]?[\u4e00-\u9fff]{0,6}圈/.test(after)) return 'name';
  // Denominators of a rate: 每1万名老年人, 每1名老年人.
  if (/每\s*$/.test(before)) return 'per_denominator';
  void all;
  return null;
}
