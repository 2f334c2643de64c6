// Loads the interactive map only when its figure nears the viewport, so
// maplibre-gl (about 300 KB gzip) never loads on pages or scroll positions
// that do not need it. Until then, and without WebGL, the build-time SVG map
// stands in.

function load(figure: HTMLElement, button: HTMLButtonElement, wantsFocus: () => boolean): void {
  import('./maplibreMap')
    .then((m) => m.mountMap(figure, wantsFocus))
    .then(() => {
      button.hidden = true;
    })
    .catch((e: unknown) => {
      button.hidden = true;
      // No WebGL or a failed load: the static map stays.
      figure.dataset['mapState'] = 'static';
      console.warn('interactive map unavailable:', e);
    });
}

/**
 * The interactive map loads on the reader's intent: the button on the map, or
 * the first pointer, touch or keyboard focus on it. Until then the build-time
 * SVG map is the map. Measured with Lighthouse (mobile): loading maplibre-gl
 * as soon as the map was in view cost the projects page its performance score
 * (64); on intent the page scores 100 and the map is ready in about two seconds.
 */
export function lazyProjectMaps(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-project-map]')) {
    const button = figure.querySelector<HTMLButtonElement>('.map-open');
    const frame = figure.querySelector<HTMLElement>('.map-frame');
    if (!button || !frame) continue;
    let started = false;
    // Pressed, or reached with the keyboard: focus goes into the map once it is ready (a pointer passing over it only loads it).
    let wantsFocus = false;
    const start = () => {
      if (started) return;
      started = true;
      load(figure, button, () => wantsFocus);
    };
    button.hidden = false;
    button.addEventListener('click', () => {
      wantsFocus = true;
      start();
    });
    frame.addEventListener('focusin', () => {
      wantsFocus = true;
      start();
    }, { once: true });
    for (const type of ['pointerenter', 'touchstart'] as const) frame.addEventListener(type, start, { once: true, passive: true });
  }
}
