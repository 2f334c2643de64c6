// The words of a drafted value: its value_text (the number with its bound words and unit, as
// written) and a proposed indicator name (the subject words before the number in its clause).
import { QUALIFIER_WORDING } from '../data/qualifierWording';
import type { FoundNumber } from './findNumbers';
import { unitWrittenAt, type WrittenUnit } from './writtenUnits';

const BEFORE_WORDS = QUALIFIER_WORDING.filter((r) => r.place === 'before').map((r) => r.word);
const AFTER_WORDS = ['以上', '以下', '以内', '左右', '上下'];

export interface ValueSpan {
  start: number;
  end: number;
  unit: WrittenUnit;
}

/** [start, end) of the value as written: bound words right before, the number, 多/余, its unit, 以上/左右… after. */
export function valueSpanOf(text: string, n: FoundNumber, partner?: FoundNumber): ValueSpan {
  // "60/50" and "30%—40%" are written, and kept, as one value_text for both of their values;
  // the unit after the upper end is the lower end's too ("10-15个工作日", "30-40%").
  const second = (n.pair === 'second' || n.range === 'high') && partner;
  const first = (n.pair === 'first' || n.range === 'low') && partner;
  let start = second ? partner.start : n.start;
  let end = first ? partner.end : n.end;
  const last = first ? partner : n;
  const word = BEFORE_WORDS.find((w) => text.slice(start - w.length, start) === w);
  if (word) start -= word.length;
  if (/[多余]/.test(text[end] ?? '')) end += 1;
  let unit: WrittenUnit = last.sign ? { written: '', unit: null } : unitWrittenAt(text.slice(end));
  // "3000万元": the scale was read with the number, so 元 after it is 万元 (亿元).
  if (unit.unit === 'yuan' && unit.written === '元') unit = { written: '元', unit: last.scale === 1e4 ? 'wan_yuan' : last.scale === 1e8 ? 'yi_yuan' : 'yuan' };
  end += unit.written.length;
  const after = AFTER_WORDS.find((w) => text.startsWith(w, end));
  if (after) end += after.length;
  return { start, end, unit };
}

// Words that lead into a number rather than name what it counts: verbs of reaching, targets, times.
const LEAD_WORDS = /(每人每月|每人每年|每人|每月|每千名老年人|每万人|的|力争|确保|争取|计划|预计|累计|共计|合计|分别|同比|全年|今年|当年|每年|年均|目前|现有|共有|达到了|达到|提高到|提升到|增加到|增长到|降低到|控制在|保持在|稳定在|不低于|不少于|不超过|不高于|超过|突破|约|近|逾|达|为|有|共|是|占|至|到|由|从|以)+$/;
// The whole of the document's own area (全县, 我市) is the scope of every figure, not part of a name.
const LEADING_SCOPE = /^((全|我|本)(县|市|区|省|镇|乡|旗|州))?(共有|现有|其中|累计|合计|共计)?(至少|最少)?/;
// A name that is only a verb (改造提升80个睦邻点) takes its object, the words after the number.
const ONLY_VERB = /^(新建|新增|建成|建设|改造|提升|改建|扩建|新建扩建|改造提升|培育|培训|培养|选拔|打造|完成|实施|开展|发放|救助|资助|安置|招募|孵化|建立|设立|创建|组建|配备|举办)+$/;
const LEADING_TIME = /^(到|至(?!少)|截至|截止)?\s*(\d{4}\s*年(底|末)?|目前|全年|今年|当年)?\s*(,|，)?/;

/** A proposed indicator name: the subject words of the clause before the number, or the words after it when none stand before. */
export function nameOf(text: string, clauseStart: number, clauseEnd: number, n: FoundNumber, valueEnd: number, prevEnd: number): string {
  const from = Math.max(clauseStart, prevEnd);
  // Years inside the subject ("由2015年的20%") date the value; they are not part of its name.
  let before = text.slice(from, n.start).replace(/[、“”"‘’()（）]/g, '').replace(/(\d{4}\s*年(底|末)?的?)/g, '').trim();
  // The subject of an enumeration stands after its last 、 ("养老机构22家、有托养服务对象驿站3家").
  before = before.replace(LEADING_TIME, '').replace(LEADING_SCOPE, '').replace(LEAD_WORDS, '').replace(/(其中|包括|以及|和|及)$/, '').trim();
  const after = text.slice(valueEnd, clauseEnd).replace(/^[、“”"‘’]+|[“”"‘’]/g, '').trim();
  if ([...before].filter((c) => /[\u4e00-\u9fff]/.test(c)).length >= 3 && !ONLY_VERB.test(before)) return before;
  return `${before}${after}`.slice(0, 40);
}
