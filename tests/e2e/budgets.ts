import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface TemplateBudget {
  name: string;
  match: string;
  maxJsGzipKB: number;
  maxTotalGzipKB: number;
  maxRequests: number;
}

export interface Budgets {
  templates: TemplateBudget[];
  mapLibrary: { pattern: string; allowedTemplates: string[] };
  lighthouse: { pages: { path: string; minScores?: Record<string, number> }[]; minScores: Record<string, number>; maxCumulativeLayoutShift: number };
  maxPagesPerTemplate: number;
  basemapMaxGzipKB: number;
  mapInteractiveMaxMs: number;
}

/** The one file that holds every performance budget. */
export const BUDGETS = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'budgets.config.json'), 'utf8')) as Budgets;

export function templateOf(path: string): TemplateBudget | undefined {
  return BUDGETS.templates.find((t) => new RegExp(t.match).test(path));
}

/** A compact fixed-width table for the test log. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}
