import * as maplibregl from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
// The stylesheet is linked when a map mounts, not imported: an import would put it on every page with an explorer.
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Point } from 'geojson';
import { extentOf, padExtent, unionExtent, type Extent } from '../lib/map/extent';
import { markerLabel } from '../lib/map/markerLabel';
import { groupByPoint, layoutGroups, MIN_TARGET_RADIUS, spreadOffsets } from '../lib/map/markerSpread';
import { createMapDetails } from './mapDetails';
import { FullscreenToggle } from './mapFullscreen';
import { fill } from '../lib/i18n/fill';
import { hanRuns } from '../lib/format/hanRuns';
import type { ProjectFeatureProps } from '../lib/views/projectFeatures';

/** The zoom a count opens to at most: from there on, projects sharing a place are spread, never counted. */
const OPEN_CLUSTER_ZOOM = 12;

// maplibre-gl 6 loads its worker from a separate file that the bundler only
// emits when asked (?url); without this the map draws only its background.
maplibregl.setWorkerUrl(workerUrl);

/** An optional deployment style (vector tiles); the default needs no network. */
const EXTERNAL_STYLE: string | undefined = import.meta.env['PUBLIC_MAP_STYLE_URL'];

function localStyle(): StyleSpecification {
  return {
    version: 8,
    sources: { basemap: { type: 'geojson', data: '/geo/basemap.geojson' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef2f6' } },
      { id: 'county-fill', type: 'fill', source: 'basemap', filter: ['==', ['get', 'layer'], 'county'], paint: { 'fill-color': '#ffffff' } },
      { id: 'county-line', type: 'line', source: 'basemap', filter: ['==', ['get', 'layer'], 'county'], paint: { 'line-color': '#b9c1cc', 'line-width': 0.8 } },
      { id: 'prefecture-line', type: 'line', source: 'basemap', filter: ['==', ['get', 'layer'], 'prefecture'], paint: { 'line-color': '#4d5968', 'line-width': 1.6 } },
      // Where the data spans provinces, their border reads above the prefectures'.
      { id: 'province-line', type: 'line', source: 'basemap', filter: ['==', ['get', 'layer'], 'province'], paint: { 'line-color': '#2b3440', 'line-width': 2.4 } },
    ],
  };
}

/** The interface text of the map in the page's language, from the figure's data attributes (ProjectMapFigure.astro). */
interface MapText {
  locale: 'zh' | 'en';
  /** "{name}({category}),按回车查看详情" / "{name} ({category}), press Enter for details" */
  markerLabel: string;
  popupSource: string;
  /** The name of the details panel's close button. */
  close: string;
  /** The name of the full-screen toggle. */
  fullscreen: string;
  /** "{n} projects, press Enter to zoom in": a cluster's name. */
  clusterLabel: string;
  /** MapLibre's own interface text (the map's name, zoom buttons, gesture hints), by its keys. */
  ui: Record<string, string>;
}

function mapText(figure: HTMLElement): MapText {
  const locale = (figure.dataset['locale'] ?? document.documentElement.lang).startsWith('en') ? 'en' : 'zh';
  const ui = JSON.parse(figure.dataset['mapUi'] ?? '{}') as Record<string, string>;
  return {
    locale,
    markerLabel: figure.dataset['markerLabel'] ?? '{name} ({category})',
    popupSource: figure.dataset['popupSource'] ?? '',
    close: figure.dataset['closeLabel'] ?? '×',
    fullscreen: figure.dataset['fullscreenLabel'] ?? '',
    clusterLabel: figure.dataset['clusterLabel'] ?? '{n}',
    ui,
  };
}

/** Text into an element, its Chinese runs marked as such on an English page. */
function setText(el: HTMLElement, text: string, locale: 'zh' | 'en'): void {
  if (locale === 'zh') {
    el.textContent = text;
    return;
  }
  for (const run of hanRuns(text)) {
    if (!run.zh) {
      el.append(run.text);
      continue;
    }
    const span = document.createElement('span');
    span.lang = 'zh-CN';
    span.textContent = run.text;
    el.append(span);
  }
}

function popupContent(p: ProjectFeatureProps, text: MapText): HTMLElement {
  // DOM text only: data never becomes HTML.
  const en = text.locale === 'en';
  const box = document.createElement('div');
  box.className = 'map-popup';
  const h = document.createElement('h3');
  // Names are data: dir="auto" lets a right-to-left name read as one and keeps bidi controls in it to itself.
  h.dir = 'auto';
  setText(h, en ? p.nameEn : p.name, text.locale);
  box.append(h);
  if (en) {
    // The name as the document writes it, beneath our translation.
    const zh = document.createElement('p');
    zh.className = 'muted';
    zh.lang = 'zh-CN';
    zh.dir = 'auto';
    zh.textContent = p.name;
    box.append(zh);
  }
  const dl = document.createElement('dl');
  for (const [k, v, lang] of en ? p.factsEn : p.facts) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    if (lang) dd.lang = lang;
    setText(dd, v, lang ? 'zh' : text.locale);
    dl.append(dt, dd);
  }
  const a = document.createElement('a');
  a.href = en ? p.hrefEn : p.href;
  a.textContent = text.popupSource;
  box.append(dl, a);
  return box;
}

function linkStylesheet(): Promise<void> {
  if (document.querySelector(`link[href="${cssUrl}"]`)) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssUrl;
  const loaded = new Promise<void>((resolve) => link.addEventListener('load', () => resolve(), { once: true }));
  document.head.append(link);
  return loaded;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The prefectures' outlines in view (the figure names them; all when it names none), else every feature of the basemap. */
function regionsExtent(basemap: FeatureCollection, prefectures: string[]): Extent | null {
  const coordinatesOf = (fs: FeatureCollection['features']) => fs.flatMap((f) => (f.geometry.type === 'GeometryCollection' ? [] : [f.geometry.coordinates]));
  const outlines = basemap.features.filter((f) => f.properties?.['layer'] === 'prefecture' && (!prefectures.length || prefectures.includes(String(f.properties['code']))));
  return extentOf(coordinatesOf(outlines)) ?? extentOf(coordinatesOf(basemap.features));
}

/**
 * Replaces the build-time map with the interactive one. `wantsFocus`: whether
 * the reader asked for it with the keyboard or the "open map" button by the
 * time it is ready; then focus moves into it (unless it has gone elsewhere).
 */
export async function mountMap(figure: HTMLElement, wantsFocus: () => boolean = () => false): Promise<void> {
  const frame = figure.querySelector<HTMLElement>('.map-frame');
  const container = figure.querySelector<HTMLElement>('.map-live');
  const staticSvg = figure.querySelector<SVGSVGElement>('svg.static-map');
  const explorer = figure.closest<HTMLElement>('[data-project-explorer]');
  if (!frame || !container) return;
  const region = figure.dataset['region'];
  const text = mapText(figure);
  const [projects, basemap] = await Promise.all([
    linkStylesheet().then(() => null),
    fetch('/geo/projects.geojson').then((r) => r.json() as Promise<FeatureCollection<Point, ProjectFeatureProps>>),
    fetch('/geo/basemap.geojson').then((r) => r.json() as Promise<FeatureCollection>),
  ]).then(([, p, b]) => [p, b] as const);
  const features = projects.features.filter((f) => !region || f.properties.region === region);
  container.hidden = false;
  const home = regionsExtent(basemap, (figure.dataset['prefectures'] ?? '').split(' ').filter(Boolean));
  // Room around framed markers: the widest spread ring plus its marker, but never more than the box can give.
  const groups = groupByPoint(features, (f) => f.properties.at);
  const reach = Math.max(0, ...groups.map((g) => {
    const radii = g.map((f) => Math.max(f.properties.r, MIN_TARGET_RADIUS));
    return Math.max(...spreadOffsets(radii).map((o, i) => Math.hypot(...o) + radii[i]!));
  }));
  const padding = (wanted: number) => Math.round(Math.min(wanted, container.clientWidth / 4, container.clientHeight / 4));
  const map = new maplibregl.Map({
    container,
    style: EXTERNAL_STYLE ?? localStyle(),
    ...(home ? { bounds: home } : {}),
    fitBoundsOptions: { padding: padding(24), maxZoom: 10 },
    attributionControl: false,
    cooperativeGestures: true,
    locale: text.ui,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  const details = createMapDetails(frame, figure.id, text.close);
  const fullscreen = new FullscreenToggle(frame, text.fullscreen, (on) => {
    map.resize();
    // In full screen one finger pans, as in any map app; on the page it scrolls the page.
    if (on) map.cooperativeGestures.disable();
    else map.cooperativeGestures.enable();
    fitTo(shown);
  });
  map.addControl(fullscreen, 'top-right');
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (e) => reject(e.error));
  });
  staticSvg?.setAttribute('hidden', '');
  // Readers can zoom and pan around the data's regions, not out into the sea: the fitted view, with a margin.
  if (home) map.setMaxBounds(unionExtent(padExtent(home, 0.25), padExtent(boundsExtent(map.getBounds()), 0.1)));
  // County names as HTML labels: a WebGL text layer would need a glyph server.
  const labels: HTMLElement[] = [];
  const dataRegions = new Set(features.map((f) => f.properties.region));
  for (const f of basemap.features) {
    if (f.properties?.['layer'] !== 'label' || f.geometry.type !== 'Point') continue;
    const el = document.createElement('span');
    el.className = 'map-label';
    el.setAttribute('aria-hidden', 'true');
    // The English map uses the label's English name (the data's, or our romanisation); without one, the Chinese marked as such.
    const english = text.locale === 'en' ? f.properties['name_en'] : undefined;
    if (text.locale === 'en' && typeof english !== 'string') el.lang = 'zh-CN';
    el.textContent = String(typeof english === 'string' ? english : (f.properties['name_zh'] ?? ''));
    new maplibregl.Marker({ element: el }).setLngLat(f.geometry.coordinates as [number, number]).addTo(map);
    // The data's own regions claim their place first; a neighbour's name gives way.
    if (dataRegions.has(String(f.properties['code'] ?? ''))) labels.unshift(el);
    else labels.push(el);
  }
  /** Hides each label that would overprint one already shown at this zoom, so the names stay readable (zooming in brings them back). */
  const declutter = () => {
    const shown: DOMRect[] = [];
    for (const el of labels) {
      el.style.visibility = '';
      const r = el.getBoundingClientRect();
      const overprints = shown.some((o) => r.left < o.right && r.right > o.left && r.top < o.bottom && r.bottom > o.top);
      if (overprints) el.style.visibility = 'hidden';
      else shown.push(r);
    }
  };
  declutter();
  map.on('moveend', declutter);
  figure.dataset['mapState'] = 'interactive';

  /** Pans the map so a marker is not under the details panel. */
  const reveal = (at: [number, number], offset: [number, number], r: number) => {
    const free = details.freeArea();
    const point = map.project(at);
    const x = point.x + offset[0];
    const y = point.y + offset[1];
    if (x - r >= free.left && x + r <= free.right && y - r >= free.top && y + r <= free.bottom) return;
    map.panBy([x - (free.left + free.right) / 2, y - (free.top + free.bottom) / 2], { animate: !reducedMotion() });
  };

  interface Placed { el: HTMLButtonElement; marker: maplibregl.Marker; at: [number, number]; r: number }
  const markers = new Map<string, Placed>();
  const placedGroups = groups.map((group) => {
    // The shared point itself, shown when its markers are spread away from it.
    const hub = document.createElement('span');
    hub.className = 'map-hub';
    hub.setAttribute('aria-hidden', 'true');
    new maplibregl.Marker({ element: hub }).setLngLat(group[0]!.properties.at).addTo(map);
    const members = group.map((f) => {
      const p = f.properties;
      const el = document.createElement('button');
      el.type = 'button';
      el.className = `map-marker${p.hollow ? ' hollow' : ''}`;
      el.style.width = el.style.height = `${p.r * 2}px`;
      el.style.borderColor = p.color;
      if (!p.hollow) el.style.background = p.color;
      const label = text.locale === 'en' ? { name: p.nameEn, category: p.categoryEn } : { name: p.name, category: p.categoryZh };
      // fill() replaces in one pass with a function: a name holding $&, $' or {category} stays as written.
      el.setAttribute('aria-label', markerLabel(text.markerLabel, label));
      el.setAttribute('aria-expanded', 'false');
      el.setAttribute('aria-controls', `${figure.id}-details`);
      el.dataset['project'] = p.id;
      const marker = new maplibregl.Marker({ element: el }).setLngLat(p.at).addTo(map);
      el.addEventListener('click', () => {
        details.open(popupContent(p, text), el);
        const { x, y } = marker.getOffset();
        reveal(p.at, [x, y], p.r);
      });
      const placed: Placed = { el, marker, at: p.at, r: p.r };
      markers.set(p.id, placed);
      return placed;
    });
    return { at: group[0]!.properties.at, hub, members };
  });
  let clusterMarkers: maplibregl.Marker[] = [];
  /** Projects whose cluster the reader opened with the keyboard: focus goes to the first of them once it is split. */
  let focusAfterSplit: Placed[] = [];
  /** Draws the shown markers so that none overlaps another at this zoom: spread on rings, or gathered into clusters (markerSpread.ts). */
  const relayout = () => {
    const visible = placedGroups.map((g) => ({ g, members: g.members.filter((m) => !m.el.hidden) })).filter((v) => v.members.length > 0);
    const { offsets, clusters } = layoutGroups(visible.map(({ g, members }) => {
      const { x, y } = map.project(g.at);
      return { x, y, radii: members.map((m) => Math.max(m.r, MIN_TARGET_RADIUS)) };
    }), undefined, undefined, map.getZoom() < OPEN_CLUSTER_ZOOM - 0.01);
    for (const g of placedGroups) g.hub.hidden = true;
    visible.forEach(({ g, members }, i) => {
      const o = offsets[i];
      for (const [k, m] of members.entries()) {
        m.el.toggleAttribute('data-clustered', !o);
        if (o) m.marker.setOffset(o[k]!);
      }
      g.hub.hidden = !o || o.every(([x, y]) => x === 0 && y === 0);
    });
    for (const c of clusterMarkers) c.remove();
    clusterMarkers = clusters.map((c) => {
      const members = c.groups.flatMap((i) => visible[i]!.members);
      const el = document.createElement('button');
      el.type = 'button';
      el.className = 'map-cluster';
      el.textContent = String(members.length);
      el.setAttribute('aria-label', fill(text.clusterLabel, { n: members.length }));
      el.dataset['projects'] = members.map((m) => m.el.dataset['project']).join(' ');
      el.addEventListener('click', () => {
        if (document.activeElement === el) focusAfterSplit = members;
        const box = extentOf(members.map((m) => m.at));
        if (box) map.fitBounds(box, { padding: padding(reach + 16), maxZoom: OPEN_CLUSTER_ZOOM, animate: !reducedMotion() });
      });
      return new maplibregl.Marker({ element: el }).setLngLat(map.unproject([c.x, c.y])).addTo(map);
    });
    const next = focusAfterSplit.find((m) => !m.el.hidden && !m.el.hasAttribute('data-clustered'));
    if (next) {
      focusAfterSplit = [];
      next.el.focus();
    }
  };
  relayout();
  map.on('zoomend', relayout);

  let shown = new Set(markers.keys());
  /** Frames the shown markers; all of them means the data's regions, as at first. */
  function fitTo(ids: Set<string>): void {
    const at = [...markers].filter(([id]) => ids.has(id)).map(([, m]) => m.at);
    const box = at.length === markers.size ? home : extentOf(at);
    if (!box) return;
    map.fitBounds(box, { padding: padding(at.length === markers.size ? 24 : reach + 16), maxZoom: 10, animate: !reducedMotion() });
  }
  explorer?.addEventListener('projects:filter', (e) => {
    const next = (e as CustomEvent<Set<string>>).detail;
    for (const [id, { el }] of markers) el.hidden = !next.has(id);
    const opener = details.opener;
    if (opener?.hidden) details.close(false);
    const mapped = new Set([...next].filter((id) => markers.has(id)));
    // Only a change in the shown markers moves the map: typing in a field that changes nothing keeps the reader's view.
    const changed = mapped.size !== shown.size || [...mapped].some((id) => !shown.has(id));
    shown = mapped;
    if (changed) fitTo(shown);
    relayout();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const inMap = frame.contains(document.activeElement) || document.activeElement === document.body;
    if (details.isOpen && (inMap || fullscreen.isOn)) {
      details.close(true);
      e.preventDefault();
    } else if (fullscreen.isOn) {
      fullscreen.set(false);
      e.preventDefault();
    }
  });
  explorer?.dispatchEvent(new CustomEvent('projects:map-ready'));
  const active = document.activeElement;
  if (wantsFocus() && (!active || active === document.body || frame.contains(active))) map.getCanvas().focus();
}

/** A map's bounds as an extent. */
function boundsExtent(b: maplibregl.LngLatBounds): Extent {
  return [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]];
}
