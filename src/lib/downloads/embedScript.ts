import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { isolateIfBidi } from '../format/bidiIsolate';

/** The parent-page listener (src/embed/resizeListener.ts), type-stripped and minified for /embed/resize.js. */
export function resizeListenerJs(root = process.cwd()): string {
  const source = readFileSync(join(root, 'src/embed/resizeListener.ts'), 'utf8');
  return transformSync(source, { loader: 'ts', minify: true, target: 'es2019', legalComments: 'none' }).code;
}

/** The copy-paste code for one embed: a responsive iframe at a fixed fallback height, then the resize listener. */
export function embedCode(origin: string, embedPath: string, title: string, fallbackHeight: number): string {
  const base = origin.replace(/\/$/, '');
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // A title with right-to-left text or bidi controls is isolated, so that the code shown to copy reads in order.
  return `<iframe src="${attr(base + embedPath)}" title="${attr(isolateIfBidi(title))}" data-mzgh width="100%" height="${fallbackHeight}" loading="lazy" style="width:100%;border:0"></iframe><script async src="${attr(base)}/embed/resize.js"></script>`;
}
