// Loads the interactive map only when its figure nears the viewport, so
// maplibre-gl (about 300 KB gzip) never loads on pages or scroll positions
// that do not need it. Until then, and without WebGL, the build-time SVG map
// stands in.

function load(figure: HTMLElement): void {
  import('./maplibreMap')
    .then((m) => m.mountMap(figure))
    .catch((e: unknown) => {
      // No WebGL or a failed load: the static map stays.
      figure.dataset['mapState'] = 'static';
      console.warn('interactive map unavailable:', e);
    });
}

/**
 * Maps marked data-map-load="click" (region pages, whose JS budget is 30 KB)
 * load only when the reader asks; the others when they near the viewport.
 */
export function lazyProjectMaps(root: ParentNode): void {
  const all = [...root.querySelectorAll<HTMLElement>('[data-project-map]')];
  for (const figure of all.filter((f) => f.dataset['mapLoad'] === 'click')) {
    const button = figure.querySelector<HTMLButtonElement>('.map-open');
    if (!button) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      button.hidden = true;
      load(figure);
    });
  }
  const figures = all.filter((f) => f.dataset['mapLoad'] !== 'click');
  if (figures.length === 0 || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        load(entry.target as HTMLElement);
      }
    },
    { rootMargin: '300px' },
  );
  for (const f of figures) observer.observe(f);
}
