import * as maplibregl from 'maplibre-gl';
import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
// The stylesheet is linked when a map mounts, not imported: an import would put it on every page with an explorer.
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Point } from 'geojson';
import { markerLabel } from '../lib/map/markerLabel';
import { hanRuns } from '../lib/site/hanRuns';
import type { ProjectFeatureProps } from '../lib/map/projectFeatures';

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
    ],
  };
}

/** The interface text of the map in the page's language, from the figure's data attributes (ProjectMapFigure.astro). */
interface MapText {
  locale: 'zh' | 'en';
  /** "{name}({category}),按回车查看详情" / "{name} ({category}), press Enter for details" */
  markerLabel: string;
  popupSource: string;
}

function mapText(figure: HTMLElement): MapText {
  const locale = (figure.dataset['locale'] ?? document.documentElement.lang).startsWith('en') ? 'en' : 'zh';
  return { locale, markerLabel: figure.dataset['markerLabel'] ?? '{name} ({category})', popupSource: figure.dataset['popupSource'] ?? '' };
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
    zh.className = 'en';
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

function bounds(features: FeatureCollection<Point>['features'], basemap: FeatureCollection): LngLatBoundsLike | null {
  const xs: number[] = [];
  const ys: number[] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      xs.push(c[0] as number);
      ys.push(c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of features) visit(f.geometry.coordinates);
  if (xs.length === 0) for (const f of basemap.features) if (f.geometry.type !== 'GeometryCollection') visit(f.geometry.coordinates);
  if (xs.length === 0) return null;
  return [[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]];
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

export async function mountMap(figure: HTMLElement): Promise<void> {
  const container = figure.querySelector<HTMLElement>('.map-live');
  const staticSvg = figure.querySelector<SVGSVGElement>('svg.static-map');
  const explorer = figure.closest<HTMLElement>('[data-project-explorer]');
  if (!container) return;
  const region = figure.dataset['region'];
  const text = mapText(figure);
  const [projects, basemap] = await Promise.all([
    linkStylesheet().then(() => null),
    fetch('/geo/projects.geojson').then((r) => r.json() as Promise<FeatureCollection<Point, ProjectFeatureProps>>),
    fetch('/geo/basemap.geojson').then((r) => r.json() as Promise<FeatureCollection>),
  ]).then(([, p, b]) => [p, b] as const);
  const features = projects.features.filter((f) => !region || f.properties.region === region);
  container.hidden = false;
  const box = bounds(features, basemap);
  const map = new maplibregl.Map({
    container,
    style: EXTERNAL_STYLE ?? localStyle(),
    ...(box ? { bounds: box } : {}),
    fitBoundsOptions: { padding: 40, maxZoom: 10 },
    attributionControl: false,
    cooperativeGestures: true,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (e) => reject(e.error));
  });
  staticSvg?.setAttribute('hidden', '');
  // County names as HTML labels: a WebGL text layer would need a glyph server.
  for (const f of basemap.features) {
    if (f.properties?.['layer'] !== 'label' || f.geometry.type !== 'Point') continue;
    const el = document.createElement('span');
    el.className = 'map-label';
    el.setAttribute('aria-hidden', 'true');
    // County names exist in Chinese only: on an English page they are marked as Chinese.
    if (text.locale === 'en') el.lang = 'zh-CN';
    el.textContent = String(f.properties['name_zh'] ?? '');
    new maplibregl.Marker({ element: el }).setLngLat(f.geometry.coordinates as [number, number]).addTo(map);
  }
  figure.dataset['mapState'] = 'interactive';

  const markers = new Map<string, { marker: maplibregl.Marker; el: HTMLButtonElement }>();
  for (const f of features) {
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
    el.dataset['project'] = p.id;
    const popup = new maplibregl.Popup({ offset: p.r + 4, maxWidth: '300px', focusAfterOpen: true }).setDOMContent(popupContent(p, text));
    const marker = new maplibregl.Marker({ element: el }).setLngLat(f.geometry.coordinates as [number, number]).setPopup(popup).addTo(map);
    markers.set(p.id, { marker, el });
  }
  explorer?.addEventListener('projects:filter', (e) => {
    const shown = (e as CustomEvent<Set<string>>).detail;
    for (const [id, { marker, el }] of markers) {
      const visible = shown.has(id);
      el.hidden = !visible;
      if (!visible) marker.getPopup()?.remove();
    }
  });
  explorer?.dispatchEvent(new CustomEvent('projects:map-ready'));
}
