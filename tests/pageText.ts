import { parseHTML } from 'linkedom';

/**
 * The text a reader sees on a built page, one block per line, so that a golden copy of it
 * diffs line by line in review. It is a reading aid, not a renderer: it follows the markup
 * (blocks, lists, table rows), not the CSS, so text that CSS alone hides still shows.
 */

// Laid out as blocks by a browser's default style sheet: each starts a line of its own
// (<pre>, <textarea> and table rows are written by their own rules below).
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'legend', 'li', 'main', 'nav', 'ol', 'optgroup', 'option', 'p', 'search', 'section', 'select', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'ul',
]);
// Never drawn as text (a <noscript> only when scripts are off, which the site does not
// need). The head's <title> is read separately: it is what the tab shows.
const UNSEEN = new Set(['head', 'script', 'style', 'template', 'noscript']);
// Form controls and images sit inline but never run into the words beside them.
const SPACED = new Set(['button', 'img', 'input']);

/** Collects lines; a line's prefix (a heading's #, a list item's -) waits for its first text. */
class Lines {
  readonly out: string[] = [];
  private current = '';
  private prefix = '';

  text(s: string): void {
    this.current += s;
  }

  /** Ends the line being written; `prefix` goes before the next line that has text. */
  break(prefix = ''): void {
    // CSS collapses ASCII white space only; a no-break space stays as written.
    const line = this.current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (line) {
      this.out.push(this.prefix + line);
      this.prefix = '';
    }
    this.current = '';
    if (prefix) this.prefix = prefix;
  }

  /** Lines kept exactly as written (a <pre>). */
  verbatim(text: string): void {
    this.break();
    for (const line of text.replace(/\n$/, '').split('\n')) this.out.push(line.trimEnd());
  }
}

function isUnseen(el: Element): boolean {
  // `hidden` is not rendered until a script reveals it; .visually-hidden is read out to screen
  // readers but never seen.
  return UNSEEN.has(el.localName) || el.hasAttribute('hidden') || el.classList.contains('visually-hidden');
}

/** RCDATA text as the browser shows it: linkedom leaves a <textarea>'s entities undecoded. */
function decodeEntities(raw: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><p>${raw.replaceAll('<', '&lt;')}</p></body></html>`);
  return document.querySelector('p')?.textContent ?? '';
}

/** An element's text on one line: blocks inside a table cell or an SVG flow into it. */
function inline(el: Element): string {
  const lines = new Lines();
  walk(el, lines);
  lines.break();
  return lines.out.join(' ');
}

function svgText(svg: Element): string {
  // An SVG's <title> and <desc> are its accessible name, not drawn; its <text> elements are.
  return [...svg.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim()).filter(Boolean).join(' ');
}

function element(el: Element, lines: Lines): void {
  if (isUnseen(el)) return;
  const name = el.localName;
  if (name === 'br') return lines.break();
  if (name === 'svg') {
    const text = el.getAttribute('aria-hidden') === 'true' ? '' : svgText(el);
    if (text) {
      lines.break();
      lines.text(`[svg: ${text}]`);
      lines.break();
    }
    return;
  }
  if (name === 'img') {
    const alt = el.getAttribute('alt');
    if (alt) lines.text(` [img: ${alt}] `);
    return;
  }
  if (name === 'input') {
    const type = el.getAttribute('type') ?? 'text';
    const shown = ['button', 'submit', 'reset'].includes(type) ? el.getAttribute('value') : el.getAttribute('placeholder') && `[input: ${el.getAttribute('placeholder')}]`;
    if (shown) lines.text(` ${shown} `);
    return;
  }
  if (name === 'pre') return lines.verbatim(el.textContent ?? '');
  if (name === 'textarea') {
    lines.break();
    // Marked as a box's content: an embed code in it is text to copy, not markup of the page.
    lines.text(`[textarea: ${decodeEntities(el.textContent ?? '')}]`);
    return lines.break();
  }
  if (name === 'tr') {
    // One row, one line: its cells side by side as a reader scans them.
    lines.break();
    lines.text([...el.children].filter((c) => !isUnseen(c)).map((c) => inline(c)).join(' | '));
    return lines.break();
  }
  const heading = /^h([1-6])$/.exec(name);
  const prefix = heading ? `${'#'.repeat(Number(heading[1]))} ` : name === 'li' || name === 'option' ? '- ' : '';
  const block = BLOCKS.has(name);
  if (block) lines.break(prefix);
  if (SPACED.has(name)) lines.text(' ');
  // Browsers put quotation marks around <q> themselves.
  if (name === 'q') lines.text('“');
  walk(el, lines);
  if (name === 'q') lines.text('”');
  if (SPACED.has(name)) lines.text(' ');
  if (block) lines.break();
}

function walk(parent: Element, lines: Lines): void {
  let afterElement = false;
  for (const child of parent.childNodes) {
    if (child.nodeType === 3) lines.text(child.textContent ?? '');
    else if (child.nodeType === 1) {
      // Elements written back to back are nearly always styled apart (a badge and a name, a
      // grid's cells); a space keeps their words from running together. Text beside an
      // element (a name inside a sentence) is joined as written, which Chinese needs.
      if (afterElement) lines.text(' ');
      element(child as Element, lines);
    }
    afterElement = child.nodeType === 1;
  }
}

/** A page's visible text: its title, then each block of its body on a line of its own. */
export function pageText(html: string): string {
  const { document } = parseHTML(html);
  const lines = new Lines();
  walk(document.body, lines);
  lines.break();
  return `title: ${document.title}\n\n${lines.out.join('\n')}\n`;
}
