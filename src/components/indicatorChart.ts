// Progressive enhancement for prebuilt charts: the SVG and the table are
// already in the page; this only places the focusable marks, shows tooltips on
// hover and keyboard focus. The table toggle is a native <details>: no script,
// no layout shift, and it works without JavaScript.

function place(el: HTMLElement, x: string, y: string, dx: string): void {
  el.style.left = `calc(${x}% + ${dx}px)`;
  el.style.top = `${y}%`;
}

/**
 * The chart is drawn at two widths and CSS shows one (chartWidths.css); each mark carries its
 * place in both. Points follow the drawing on show, again whenever the canvas changes size.
 */
function placeAll(canvas: HTMLElement, points: HTMLElement[]): void {
  const wide = canvas.querySelector<HTMLElement>('.chart-at-wide');
  const narrowShown = wide !== null && getComputedStyle(wide).display === 'none';
  for (const point of points) {
    const x = narrowShown ? point.dataset['narrowX'] : point.dataset['x'];
    const y = narrowShown ? point.dataset['narrowY'] : point.dataset['y'];
    place(point, x ?? '0', y ?? '0', point.dataset['dx'] ?? '0');
  }
}

function showTip(tip: HTMLElement, point: HTMLElement, canvas: HTMLElement): void {
  tip.hidden = false;
  const c = canvas.getBoundingClientRect();
  const p = point.getBoundingClientRect();
  const w = tip.offsetWidth;
  const left = Math.min(Math.max(p.left - c.left + p.width / 2 - w / 2, 0), Math.max(c.width - w, 0));
  const above = p.top - c.top - tip.offsetHeight - 8;
  tip.style.left = `${left}px`;
  tip.style.top = `${above >= 0 ? above : p.bottom - c.top + 8}px`;
}

function enhanceChart(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLElement>('.chart-canvas');
  if (!canvas) return;
  const tips: HTMLElement[] = [];
  const points: HTMLElement[] = [];
  for (const point of figure.querySelectorAll<HTMLElement>('.chart-point')) {
    const tip = document.getElementById(point.getAttribute('aria-describedby') ?? '');
    if (!tip) continue;
    tips.push(tip);
    points.push(point);
    point.hidden = false;
    const show = () => {
      for (const t of tips) t.hidden = true;
      showTip(tip, point, canvas);
    };
    const hide = () => (tip.hidden = true);
    point.addEventListener('mouseenter', show);
    point.addEventListener('focus', show);
    point.addEventListener('mouseleave', hide);
    point.addEventListener('blur', hide);
    point.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') hide();
    });
  }
  placeAll(canvas, points);
  new ResizeObserver(() => placeAll(canvas, points)).observe(canvas);
}

export function enhanceCharts(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart]')) enhanceChart(figure);
}
