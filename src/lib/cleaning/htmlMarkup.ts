import { parseHTML } from 'linkedom';
import { stripHtmlTags } from './html';
import type { NumberedLine, RemovedText } from './rawLines';

const MARKUP = 'HTML markup';

/** Elements whose content is never text of the page: scripts, styles, comments. */
const NON_TEXT_ELEMENT = /<!--[\s\S]*?-->|<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const MULTILINE_TAG = /<\/?[a-zA-Z][^<>]*\n[^<>]*>/g;
/** Tags that end a line of text in a browser; a page saved as source keeps its paragraphs in them. */
const BLOCK_TAG = /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|tr|tbody|thead|table|h[1-6]|section|article|header|footer|nav|blockquote|title|form|center)\b[^<>]*>/gi;
const CELL_END = /<\/t[dh]\s*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
/** What a list item's number looks like once its text has turned out to be markup only. */
const BARE_LIST_MARKER = /^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、.]?\s*$|^\s*[•·●○■□◆◇▪]\s*$/;

let entityDecoder: ((entity: string) => string) | null = null;
const decoded = new Map<string, string>();

/** Decodes HTML character references (&nbsp; &ldquo; &#x4e00; …) with the HTML parser's own table. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  if (!entityDecoder) {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const box = document.createElement('div');
    entityDecoder = (entity) => {
      box.innerHTML = entity;
      return box.textContent ?? entity;
    };
  }
  const decode = entityDecoder;
  return text.replace(ENTITY, (entity) => {
    let out = decoded.get(entity);
    if (out === undefined) {
      out = decode(entity);
      decoded.set(entity, out);
    }
    return out;
  });
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/**
 * Takes HTML out of a raw text (line endings already `\n`) and gives its lines, each numbered by
 * the raw line it comes from. Scripts, styles and comments go whole; block tags end a line as in a
 * browser, table cells are separated by ` | `, other tags go and their text stays; character
 * references are decoded. Every line that held only markup, and the tags taken from other lines,
 * are reported.
 */
export function removeHtmlMarkup(raw: string): { lines: NumberedLine[]; removed: RemovedText[] } {
  const removed: RemovedText[] = [];
  // Whole elements and tags that run over several lines are replaced by as many line breaks, so line numbers hold.
  const keepLineCount = (match: string, offset: number, whole: string): string => {
    removed.push({ line: lineOf(whole, offset), text: match.replace(/\s+/g, ' '), reason: MARKUP });
    return '\n'.repeat(match.split('\n').length - 1);
  };
  const text = raw
    .replace(NON_TEXT_ELEMENT, (m: string, _tag: string, offset: number, whole: string) => keepLineCount(m, offset, whole))
    .replace(MULTILINE_TAG, keepLineCount);

  const lines: NumberedLine[] = [];
  text.split('\n').forEach((rawLine, i) => {
    const line = i + 1;
    const tags = rawLine.match(ANY_TAG);
    if (!tags) {
      lines.push({ line, text: decodeHtmlEntities(rawLine) });
      return;
    }
    const parts = rawLine
      .replace(CELL_END, ' | ')
      .split(BLOCK_TAG)
      .map((part) => decodeHtmlEntities(stripHtmlTags(part)));
    const withText = parts.filter((p) => p.replace(/[\s|\u3000\u00a0]/g, '') !== '');
    if (withText.length === 0 || (withText.length === 1 && BARE_LIST_MARKER.test(withText[0]!))) {
      removed.push({ line, text: rawLine.trim(), reason: withText.length ? `${MARKUP} (a list number with no text)` : MARKUP });
      return;
    }
    removed.push({ line, text: tags.join(''), reason: MARKUP });
    for (const part of withText) lines.push({ line, text: part });
  });
  return { lines, removed };
}
