// Filters for a project explorer (sorting is the shared sortableTable.ts), kept in the URL so a filtered
// view can be shared; the map island is told which projects to show. The table
// and the build-time map are complete without this script.
import { fill } from '../lib/i18n/fill';

interface Filter {
  region: string;
  category: string;
  nature: string;
  from: number | null;
  to: number | null;
  min: number | null;
  max: number | null;
}

const FIELDS = ['region', 'category', 'nature', 'from', 'to', 'min', 'max'] as const;
const num = (s: string | null | undefined) => (s === null || s === undefined || s.trim() === '' || Number.isNaN(Number(s)) ? null : Number(s));

export function readFilter(params: URLSearchParams): Filter {
  return {
    region: params.get('region') ?? '',
    category: params.get('category') ?? '',
    nature: params.get('nature') ?? '',
    from: num(params.get('from')),
    to: num(params.get('to')),
    min: num(params.get('min')),
    max: num(params.get('max')),
  };
}

export function matches(row: DOMStringMap, f: Filter): boolean {
  if (f.region && row['region'] !== f.region) return false;
  if (f.category && row['category'] !== f.category) return false;
  if (f.nature && row['nature'] !== f.nature) return false;
  const start = num(row['start']);
  const end = num(row['end']);
  const inv = num(row['inv']);
  if (f.from !== null && (start === null || start < f.from)) return false;
  if (f.to !== null && (end === null || end > f.to)) return false;
  if (f.min !== null && (inv === null || inv < f.min)) return false;
  if (f.max !== null && (inv === null || inv > f.max)) return false;
  return true;
}

/** The count line from its template: {shown} and {total} filled. */
export const countText = (template: string, shown: number, total: number): string => fill(template, { shown, total });

function enhance(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-filters]');
  const table = root.querySelector<HTMLTableElement>('[data-project-table]');
  if (!form || !table) return;
  const tbody = table.tBodies[0]!;
  const rows = [...tbody.rows];
  const circles = [...root.querySelectorAll<SVGElement>('[data-project]')];
  const items = [...root.querySelectorAll<HTMLElement>('[data-project-item]')];
  const output = form.querySelector('output');
  // "显示 {shown} / {total} 个项目" or "Showing {shown} of {total} projects", in the page's language.
  const countTemplate = output?.dataset['template'] ?? '{shown} / {total}';

  const apply = (pushUrl: boolean) => {
    const params = new URLSearchParams(location.search);
    for (const name of FIELDS) {
      const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (!el) continue;
      if (el.value) params.set(name, el.value);
      else params.delete(name);
    }
    const f = readFilter(params);
    const shown = new Set<string>();
    for (const row of rows) {
      const ok = matches(row.dataset, f);
      row.hidden = !ok;
      if (ok) shown.add(row.dataset['id']!);
    }
    for (const c of circles) c.classList.toggle('is-out', !shown.has(c.dataset['project'] ?? ''));
    for (const i of items) i.hidden = !shown.has(i.dataset['projectItem'] ?? '');
    if (output) output.textContent = countText(countTemplate, shown.size, rows.length);
    root.dispatchEvent(new CustomEvent('projects:filter', { detail: shown }));
    if (pushUrl) history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
  };

  const initial = readFilter(new URLSearchParams(location.search));
  for (const name of FIELDS) {
    const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const v = initial[name];
    if (el && v !== null && v !== '') el.value = String(v);
  }
  form.classList.remove('pending');
  form.addEventListener('input', () => apply(true));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(true);
  });
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  apply(false);
  root.addEventListener('projects:map-ready', () => apply(false));
}

export function enhanceProjectExplorers(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-project-explorer]')) enhance(el);
}
