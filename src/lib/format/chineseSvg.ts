import { parseHTML } from 'linkedom';
import { hanRuns, hasChinese } from './hanRuns';
import { withoutChinese } from './withoutChinese';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A rendered SVG whose Chinese words are marked: inside <text> each Chinese run becomes
 * <tspan lang="zh-CN">; inside <desc> an HTML <span lang="zh-CN"> (in an HTML page <desc> holds
 * HTML phrasing content, where <tspan> is an unknown element); a <title> (text only) leaves them
 * out. For English charts drawn inside pages; an SVG without Chinese comes back unchanged.
 */
export function markChineseInSvg(svg: string): string {
  if (!hasChinese(svg)) return svg;
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const texts: Text[] = [];
  const walk = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3 && hasChinese(child.textContent ?? '')) texts.push(child as Text);
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(document.body);
  for (const t of texts) {
    const parent = t.parentNode!;
    // A <title> cannot hold an element, and HTML checkers read it as raw text: its Chinese words
    // are left out there (an empty bracket goes with them); the chart's <desc> and the text beside
    // the chart keep them, marked.
    if ((parent as Element).tagName?.toLowerCase() === 'title') {
      t.textContent = withoutChinese(t.textContent ?? '');
      continue;
    }
    for (const run of hanRuns(t.textContent ?? '')) {
      if (!run.zh) {
        parent.insertBefore(document.createTextNode(run.text), t);
        continue;
      }
      const inDesc = (parent as Element).tagName?.toLowerCase() === 'desc';
      const span = inDesc ? document.createElement('span') : document.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('lang', 'zh-CN');
      span.textContent = run.text;
      parent.insertBefore(span, t);
    }
    parent.removeChild(t);
  }
  return document.body.innerHTML;
}
