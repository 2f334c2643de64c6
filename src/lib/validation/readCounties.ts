import type { Counties } from '../data/counties';

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
  } catch {
    // V8's own message may quote the content; say where instead, in our words.
    const at = jsonErrorOffset(text);
    if (at >= text.trimEnd().length) return { ok: false, line: 1, reasons: ['is not valid JSON: it ends in the middle of a value (truncated?)'] };
    const line = text.slice(0, at).split('\n').length;
    const ch = JSON.stringify(text[at] ?? '');
    return { ok: false, line: 1, reasons: [`is not valid JSON at position ${at} (line ${line}): unexpected ${ch}`] };
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

/** Offset of the first character where `text` stops being JSON (text.length if it ends too early). Only called after JSON.parse failed. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const fail = (): never => {
    throw i;
  };
  const lit = (word: string) => {
    for (const c of word) if (text[i++] !== c) (i -= 1), fail();
  };
  const str = () => {
    i += 1; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void (i += 1);
      if (c === '\\') {
        i += 1;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i]!)) i += 1;
        else fail();
      } else if (c < ' ') fail();
      else i += 1;
    }
    fail();
  };
  const num = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i += 1;
      ws();
      if (text[i] === '}') return void (i += 1);
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        str();
        ws();
        if (text[i] !== ':') fail();
        i += 1;
        value();
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') return void (i += 1);
        else fail();
      }
    } else if (c === '[') {
      i += 1;
      ws();
      if (text[i] === ']') return void (i += 1);
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') return void (i += 1);
        else fail();
      }
    } else if (c === '"') str();
    else if (c === 't') lit('true');
    else if (c === 'f') lit('false');
    else if (c === 'n') lit('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) num();
    else fail();
  };
  try {
    value();
    ws();
    return i < text.length ? i : text.length;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : 0;
  }
}
