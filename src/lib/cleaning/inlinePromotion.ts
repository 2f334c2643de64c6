import { pinyin } from 'pinyin-pro';

/**
 * Promotions that mirror and writing-material sites insert into the text they copy, often in the
 * middle of a word: `实施临<site name>素材库:https://…。公众号:…。整理汇总。时救助X人次`. The span is
 * the site's label, its address and the promotional clauses after it; the sentence around it is
 * joined again. Addresses of official sites (gov.cn, org.cn…) are left alone: a document may refer
 * readers to them; so are other addresses that show none of these signs and do not split a word.
 */

export interface RemovedSpan {
  text: string;
  reason: string;
}

const REASON = 'link/promotion inserted in a sentence';
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/gi;
const URL_TRAILING_PUNCTUATION = /[.,;:!?'\]]+$/;
/** Official domains: a document may well refer readers to them. */
const OFFICIAL_HOST = /\.(?:gov|gov\.cn|edu\.cn|org\.cn|mil\.cn)$/i;
/** Characters sites scatter inside their promotions to dodge filters (`公)众号`); never clause punctuation. */
const NOISE = '[^\\p{L}\\p{N}\\s::。,,;;!!??、“”"]';
const NOISE_RE = new RegExp(NOISE, 'gu');
const NOISE_CHAR = new RegExp(`^${NOISE}$`, 'u');
const CLAUSE_BOUNDARY = /[。!?!?;;,,、]/;
const SEPARATORS = /[\s::;;]/;
/** Words of a promotional label or clause (site material, accounts, follow/search calls). */
const PROMOTION_WORDS = /素材库|公众号|微信号|本站|关注|搜索|扫码|整理|汇总|转载|出品|原创/;
const MAX_LABEL = 20;
const MAX_CLAUSE = 24;
const HAN = /\p{Script=Han}/u;

const denoise = (s: string): string => s.replace(NOISE_RE, '');

function hostOf(url: string): string {
  return url.replace(/^https?:\/\//i, '').split(/[/:?#]/)[0]!.toLowerCase();
}

/** Host labels that never name the site: subdomains for the web and phones, and generic second-level domains. */
const GENERIC_LABELS = new Set(['www', 'm', 'wap', 'mobile', 'com', 'net', 'org', 'gov', 'edu']);

/** The site's name as its domain spells it: `www.xinwen.com.cn`, `m.xinwen.cn` → `xinwen`. */
function domainName(host: string): string {
  const labels = host.split('.').slice(0, -1).filter((l) => !GENERIC_LABELS.has(l));
  return labels.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * Where, in `label`, the site's own name starts, if the domain spells that name in pinyin (full
 * syllables or initials), as Chinese sites usually choose their domains. The leftmost Han
 * character from which the syllables spell the domain wins.
 */
function siteNameStart(label: string, name: string): number | null {
  if (name.length < 3) return null;
  const chars = [...label];
  const syllables = pinyin(label, { toneType: 'none', type: 'array' });
  if (syllables.length !== chars.length) return null;
  const han = chars.flatMap((c, k) => (HAN.test(c) ? [k] : []));
  for (const [h, k] of han.entries()) {
    if (spellsDomain(name, han.slice(h).map((j) => syllables[j]!))) return chars.slice(0, k).join('').length;
  }
  return null;
}

/** Whether the syllables, from the first, spell the domain name: two or more whole syllables (5+ letters, or all of it), or three or more initials. */
function spellsDomain(name: string, syllables: readonly string[]): boolean {
  let full = '';
  let initials = '';
  for (const [n, s] of syllables.entries()) {
    full += s;
    initials += s[0] ?? '';
    const fullMatches = name.startsWith(full);
    if (n >= 1 && fullMatches && (full === name || full.length >= 5)) return true;
    if (n >= 2 && name === initials) return true;
    if (!fullMatches && !name.startsWith(initials)) return false;
  }
  return false;
}

/** Start of the promotional label before `urlStart`, or null when there is none. */
function labelStart(line: string, urlStart: number, name: string): number | null {
  let end = urlStart;
  while (end > 0 && (SEPARATORS.test(line[end - 1]!) || NOISE_CHAR.test(line[end - 1]!))) end -= 1;
  let start = end;
  while (start > 0 && end - start < MAX_LABEL && !CLAUSE_BOUNDARY.test(line[start - 1]!)) start -= 1;
  const label = line.slice(start, end);
  const named = siteNameStart(label, name);
  if (named !== null) return start + named;
  const word = PROMOTION_WORDS.exec(denoise(label));
  if (!word) return null;
  // Without the site's name, the span starts at the promotional word: nothing of the sentence before it is guessed away.
  const at = new RegExp([...word[0]].join(`${NOISE}*`), 'u').exec(label);
  return at ? start + at.index : null;
}

/** The promotional clauses after `from`: each short, ending at 。 or ;, holding a promotional word. Returns their end and count. */
function promotionClauses(line: string, from: number): { end: number; count: number } {
  let end = skipSeparators(line, from);
  let count = 0;
  for (;;) {
    const rest = line.slice(end, end + MAX_CLAUSE + 1);
    const stop = rest.search(/[。;;!!]/);
    if (stop === -1) break;
    const clause = rest.slice(0, stop + 1);
    if (!PROMOTION_WORDS.test(denoise(clause))) break;
    end += clause.length;
    count += 1;
  }
  return count > 0 ? { end, count } : { end: from, count };
}

function skipSeparators(line: string, from: number): number {
  let end = from;
  while (end < line.length && /[\s。.,,;;/]/.test(line[end]!)) end += 1;
  return end;
}

/** A promotional word written with filter-dodging characters inside it (`公)众号:…。`), and the rest of its clause: no document writes that. */
const OBFUSCATED_PROMOTION = new RegExp(
  `(${['公众号', '微信号', '素材库'].map((w) => [...w].join(`${NOISE}*`)).join('|')})${NOISE}*[::]?[^。;;!!]{0,${MAX_CLAUSE}}(?:[。;;!!]|$)`,
  'gu',
);

/** Removes inserted promotions from one line; returns the line and the spans taken out. */
export function removeInlinePromotions(line: string): { text: string; removed: RemovedSpan[] } {
  const spans: [number, number][] = [];
  for (const m of line.matchAll(URL)) {
    const url = m[0].replace(URL_TRAILING_PUNCTUATION, '');
    const urlStart = m.index;
    const urlEnd = urlStart + url.length;
    const host = hostOf(url);
    if (OFFICIAL_HOST.test(host)) continue;
    const start = labelStart(line, urlStart, domainName(host));
    const clauses = promotionClauses(line, urlEnd);
    if (start !== null || clauses.count > 0) {
      // The insertion ends with its own punctuation; the sentence it split goes on after it.
      spans.push([start ?? urlStart, clauses.count > 0 ? clauses.end : skipSeparators(line, urlEnd)]);
    } else if (HAN.test(line[urlStart - 1] ?? '') && HAN.test(line[urlEnd] ?? '')) {
      spans.push([urlStart, urlEnd]);
    }
  }
  for (const m of line.matchAll(OBFUSCATED_PROMOTION)) {
    if (denoise(m[1]!) !== m[1]) spans.push([m.index, m.index + m[0].length]);
  }
  if (spans.length === 0) return { text: line, removed: [] };
  const merged = mergeSpans(spans);
  let text = '';
  let at = 0;
  const removed: RemovedSpan[] = [];
  for (const [s, e] of merged) {
    text += line.slice(at, s);
    removed.push({ text: line.slice(s, e), reason: REASON });
    at = e;
  }
  return { text: text + line.slice(at), removed };
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
