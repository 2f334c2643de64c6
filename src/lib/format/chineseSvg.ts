import { parseHTML } from 'linkedom';
import { chineseRuns, hasChinese } from './chineseRuns';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A rendered SVG whose Chinese words are marked: inside <text>, <title> and <desc> each Chinese
 * run becomes <tspan lang="zh-CN">. For English charts; an SVG without Chinese comes back unchanged.
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
    for (const run of chineseRuns(t.textContent ?? '')) {
      if (!run.zh) {
        parent.insertBefore(document.createTextNode(run.text), t);
        continue;
      }
      const span = document.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('lang', 'zh-CN');
      span.textContent = run.text;
      parent.insertBefore(span, t);
    }
    parent.removeChild(t);
  }
  return document.body.innerHTML;
}
