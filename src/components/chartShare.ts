/**
 * Share panels: the embed code is written at build time for the configured
 * site address; here it is pointed at the address the reader is actually on,
 * and the copy button (hidden without JavaScript) puts it on the clipboard.
 * Its status messages come from the page, in the page's language
 * (data-copied, data-copy-failed on the status element).
 */
export function enhanceShare(root: ParentNode): void {
  for (const panel of root.querySelectorAll<HTMLElement>('[data-chart-share]')) {
    const code = panel.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    const button = panel.querySelector<HTMLButtonElement>('[data-copy]');
    const status = panel.querySelector<HTMLElement>('[data-copy-status]');
    if (!code || !button || !status) continue;
    const built = code.dataset['buildOrigin'];
    if (built && built !== location.origin) code.value = code.value.split(built).join(location.origin);
    button.hidden = false;
    button.addEventListener('click', () => {
      code.select();
      const done = (ok: boolean) => (status.textContent = (ok ? status.dataset['copied'] : status.dataset['copyFailed']) ?? '');
      if (navigator.clipboard) navigator.clipboard.writeText(code.value).then(() => done(true), () => done(false));
      else done(false);
    });
  }
}
