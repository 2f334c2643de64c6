import type { Counties } from './rules/locations';

/**
 * Checks the county polygons' structure before any rule leans on it: valid JSON,
 * a FeatureCollection whose features each carry a six-digit `code` and a Polygon
 * or MultiPolygon of finite [lon, lat] rings. Returns the collection, or the
 * reasons it cannot be used (short: never the file's content beyond an excerpt).
 */
export function parseCounties(text: string): { ok: true; counties: Counties } | { ok: false; line: number; reasons: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const at = /line (\d+)/.exec(msg);
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? ` at position ${pos[1]}` : /end of JSON input/.test(msg) ? ': it ends too early (truncated?)' : '';
    return { ok: false, line: at ? Number(at[1]) : 1, reasons: [`is not valid JSON${where}`] };
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (typeof json !== 'object' || json === null || Array.isArray(json) || fc.type !== 'FeatureCollection') {
    return { ok: false, line: 1, reasons: ['is not a GeoJSON FeatureCollection'] };
  }
  if (!Array.isArray(fc.features)) return { ok: false, line: 1, reasons: ['has no "features" list'] };
  if (fc.features.length === 0) return { ok: false, line: 1, reasons: ['has no features'] };
  const reasons: string[] = [];
  const seen = new Set<string>();
  fc.features.forEach((f: unknown, i: number) => {
    const feature = (f ?? {}) as { properties?: { code?: unknown } | null; geometry?: { type?: unknown; coordinates?: unknown } | null };
    const code = feature.properties?.code;
    const name = `feature ${i + 1}${typeof code === 'string' ? ` (code ${code.slice(0, 12)})` : ''}`;
    if (typeof code !== 'string' || !/^\d{6}$/.test(code)) reasons.push(`${name} has no six-digit properties.code`);
    else if (seen.has(code)) reasons.push(`${name} repeats code ${code}`);
    else seen.add(code);
    const g = feature.geometry;
    if (!g) reasons.push(`${name} has no geometry`);
    else if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') reasons.push(`${name} is a ${String(g.type).slice(0, 20)}, not a Polygon or MultiPolygon`);
    else if (!(g.type === 'Polygon' ? isPolygon(g.coordinates) : Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isPolygon))) {
      reasons.push(`${name} has malformed coordinates (each ring needs at least 4 [lon, lat] positions of finite numbers)`);
    }
  });
  if (reasons.length) {
    const shown = reasons.slice(0, 5);
    if (reasons.length > 5) shown.push(`and ${reasons.length - 5} more feature problem(s)`);
    return { ok: false, line: 1, reasons: shown };
  }
  return { ok: true, counties: json as Counties };
}

function isPolygon(rings: unknown): boolean {
  return Array.isArray(rings) && rings.length > 0 && rings.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition));
}

function isPosition(p: unknown): boolean {
  return Array.isArray(p) && p.length >= 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x));
}
