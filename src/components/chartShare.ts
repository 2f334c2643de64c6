import { CHART_FONT_FACES, CHART_FONT_WEIGHTS, chartFontPath } from '../lib/downloads/chartFont';
import { pngOfSvg, saveBlob, withEmbeddedFonts, type ChartFont } from './chartPng';

/** The chart font's faces, served by the site (the same list the font endpoint builds). */
const FONTS: ChartFont[] = CHART_FONT_FACES.map((face) => ({ url: chartFontPath(face), weight: CHART_FONT_WEIGHTS[face] }));

/**
 * Share panels: the embed code is written at build time for the configured
 * site address; here it is pointed at the address the reader is actually on,
 * and the copy button (hidden without JavaScript) puts it on the clipboard.
 * Its status messages come from the page, in the page's language
 * (data-copied, data-copy-failed on the status element).
 */
export function enhanceShare(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-png-download]')) enhancePngButton(button);
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

/**
 * The PNG item of a share panel, shown only with JavaScript: it draws the chart's SVG file in the
 * browser (chartPng.ts) and saves it; a failure is said in the panel's status line.
 */
function enhancePngButton(button: HTMLButtonElement): void {
  const item = button.closest<HTMLElement>('[data-png-item]');
  const status = button.closest('[data-chart-share]')?.querySelector<HTMLElement>('[data-copy-status]');
  if (item) item.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const svg = await (await fetch(button.dataset['svg']!)).text();
      saveBlob(await pngOfSvg(await withEmbeddedFonts(svg, FONTS)), button.dataset['name']!);
    } catch {
      if (status) status.textContent = button.dataset['failed'] ?? '';
    } finally {
      button.disabled = false;
    }
  });
}
