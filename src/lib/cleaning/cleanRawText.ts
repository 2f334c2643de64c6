import { SENTENCE_END, isContentLine, isTableRowWithFigures } from './contentLine';
import { removeHtmlMarkup } from './htmlMarkup';
import { removeInlinePromotions } from './inlinePromotion';
import { normaliseLineWhitespace, trimTrailingPipeRuns } from './lineFormat';
import { pageChromeReason } from './pageChrome';
import { countPinyinAnnotations, removePinyinAnnotations } from './pinyin';
import { documentStart, preambleReason } from './preamble';
import type { NumberedLine, RemovedText } from './rawLines';
import { republishingBoilerplateStart } from './republishingBoilerplate';
import { findTitleLine, repeatedTitleLines } from './titleLine';
import { TRADITIONAL_SHARE_THRESHOLD, toSimplified, traditionalShare } from './traditional';

export type { RemovedText } from './rawLines';

export interface RawCleaningReport {
  converted_to_simplified: boolean;
  /** Share of Han characters that Traditional → Simplified conversion changes (before conversion), rounded to 0.001. */
  traditional_share: number;
  pinyin_annotations_removed: number;
  /** Non-empty lines of the raw text. */
  lines_in: number;
  lines_out: number;
  /** Every dropped line and removed span, in raw-line order, with the reason. */
  removed: RemovedText[];
}

export interface RawCleaningOptions {
  /** The document's title: text before its first standalone title line is dropped. */
  title?: string;
}

export const REASONS = {
  boilerplate: 'republishing boilerplate and everything after it',
  beforeTitle: "text before the document's title",
  repeatedTitle: "the document's title repeated",
  betweenTrailingChrome: "page chrome: links between other page chrome after the document's end",
} as const;

/** The longest line taken for a link between chrome lines (an article or site name). */
const MAX_TRAILING_LINK = 60;

/**
 * After the document's last line of content, short lines that stand between chrome lines (the
 * link lists under 相关链接, above the footer) are chrome too: site-specific link names that no
 * general list could hold. Lines before the last content line are never touched this way, so a
 * title between two metadata lines stays.
 */
function linksBetweenTrailingChrome(lines: readonly string[], chrome: readonly (string | null)[]): Set<number> {
  const out = new Set<number>();
  let lastContent = -1;
  lines.forEach((l, i) => {
    if (!chrome[i] && (isContentLine(l) || isTableRowWithFigures(l))) lastContent = i;
  });
  let seenChrome = false;
  for (let i = lastContent + 1; i < lines.length; i++) {
    if (chrome[i]) {
      seenChrome = true;
      continue;
    }
    const isLink = lines[i]!.length <= MAX_TRAILING_LINK && !SENTENCE_END.test(lines[i]!);
    if (seenChrome && isLink && chrome.slice(i + 1).some(Boolean)) out.add(i);
  }
  return out;
}

/**
 * The general cleaner for a new document's raw text (saved from a government or mirror web page),
 * for which there are no hand-written rules: it gives the cleaned text in the format of
 * data/sources/*.txt (one paragraph per line, whitespace collapsed, ending in a newline) and a
 * report of everything taken out, so a curator can check that nothing of the document was lost.
 */
export function cleanRawText(raw: string, opts: RawCleaningOptions = {}): { text: string; report: RawCleaningReport } {
  const normalised = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const linesIn = normalised.split('\n').filter((l) => normaliseLineWhitespace(l) !== '').length;
  const markup = removeHtmlMarkup(normalised);
  const removed: RemovedText[] = [...markup.removed];

  const pinyinCount = markup.lines.reduce((n, l) => n + countPinyinAnnotations(l.text), 0);
  let lines: NumberedLine[] = markup.lines.map((l) => ({ line: l.line, text: removePinyinAnnotations(l.text) }));
  const share = traditionalShare(lines.map((l) => l.text).join('\n'));
  const convert = share > TRADITIONAL_SHARE_THRESHOLD;
  if (convert) lines = lines.map((l) => ({ line: l.line, text: toSimplified(l.text) }));
  lines = lines.map((l) => ({ line: l.line, text: normaliseLineWhitespace(l.text) })).filter((l) => l.text !== '');

  const drop = (kept: NumberedLine[], isDropped: (l: NumberedLine, i: number) => string | null): NumberedLine[] =>
    kept.filter((l, i) => {
      const reason = isDropped(l, i);
      if (reason) removed.push({ line: l.line, text: l.text, reason });
      return !reason;
    });

  const boilerplate = republishingBoilerplateStart(lines.map((l) => l.text));
  if (boilerplate !== -1) lines = drop(lines, (_l, i) => (i >= boilerplate ? REASONS.boilerplate : null));
  const chrome = lines.map((l) => pageChromeReason(l.text));
  const afterEnd = linksBetweenTrailingChrome(lines.map((l) => l.text), chrome);
  lines = drop(lines, (_l, i) => chrome[i] ?? (afterEnd.has(i) ? REASONS.betweenTrailingChrome : null));
  lines = lines.flatMap((l) => {
    const out = removeInlinePromotions(l.text);
    for (const span of out.removed) removed.push({ line: l.line, text: span.text, reason: span.reason });
    const text = normaliseLineWhitespace(out.text);
    return text === '' ? [] : [{ line: l.line, text }];
  });

  let titleAt = -1;
  if (opts.title) {
    const texts = lines.map((l) => l.text);
    titleAt = findTitleLine(texts, opts.title);
    // A sentence or figure row before the "title" means the document has begun: that line is then a heading within it.
    if (titleAt > 0 && !texts.slice(0, titleAt).some((t) => isContentLine(t) || isTableRowWithFigures(t))) {
      lines = drop(lines, (_l, i) => (i < titleAt ? REASONS.beforeTitle : null));
      titleAt = 0;
    }
  }
  const start = documentStart(lines.map((l) => l.text));
  const repeated = titleAt === -1 || !opts.title ? [] : repeatedTitleLines(lines.map((l) => l.text), opts.title, titleAt + 1, start);
  lines = drop(lines, (l, i) => {
    if (i >= start || i === titleAt) return null;
    return repeated.includes(i) ? REASONS.repeatedTitle : preambleReason(l.text);
  });

  const out = lines.map((l) => trimTrailingPipeRuns(l.text));
  return {
    text: out.join('\n') + '\n',
    report: {
      converted_to_simplified: convert,
      traditional_share: Math.round(share * 1000) / 1000,
      pinyin_annotations_removed: pinyinCount,
      lines_in: linesIn,
      lines_out: out.length,
      removed: removed.sort((a, b) => a.line - b.line),
    },
  };
}
