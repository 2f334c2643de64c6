import { EMBED_MESSAGE_TYPE } from '../lib/downloads/embedMessage';

/** Inside an iframe, tells the parent page how tall the embed is whenever that changes. */
export function reportHeight(win: Window = window): void {
  if (win.parent === win) return;
  const post = () => win.parent.postMessage({ type: EMBED_MESSAGE_TYPE, height: win.document.documentElement.getBoundingClientRect().height }, '*');
  new ResizeObserver(post).observe(win.document.documentElement);
  post();
}
