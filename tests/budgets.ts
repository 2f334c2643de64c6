import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { regexString } from '../src/lib/data/regexString';

const regex = regexString;
const kb = () => z.number().positive();

const templateSchema = z.strictObject({
  name: z.string().min(1),
  match: regex(),
  maxJsGzipKB: kb(),
  maxTotalGzipKB: kb(),
  maxRequests: z.int().positive(),
});
const CATEGORIES = z.enum(['performance', 'accessibility', 'best-practices', 'seo']);
const score = z.int().min(0).max(100);

/** budgets.config.json, checked like the data: a misspelt or mistyped budget fails, never silently passes. */
export const budgetsSchema = z.strictObject({
  $comment: z.string().optional(),
  templates: z.array(templateSchema).min(1),
  mapLibrary: z.strictObject({ pattern: regex(), allowedTemplates: z.array(z.string()) }),
  lighthouse: z.strictObject({
    pages: z.array(z.strictObject({ path: z.string().startsWith('/'), minScores: z.partialRecord(CATEGORIES, score).optional() })).min(1),
    minScores: z.record(CATEGORIES, score),
    maxCumulativeLayoutShift: z.number().min(0),
  }),
  maxPagesPerTemplate: z.int().positive(),
  basemapMaxGzipKB: kb(),
  mapInteractiveMaxMs: z.int().positive(),
  footprint: z.strictObject({ maxFilesPerDocument: z.int().positive(), maxMBPerDocument: z.number().positive() }),
}).superRefine((b, ctx) => {
  const names = b.templates.map((t) => t.name);
  for (const n of b.mapLibrary.allowedTemplates) if (!names.includes(n)) ctx.addIssue({ code: 'custom', path: ['mapLibrary', 'allowedTemplates'], message: `"${n}" is not a template name` });
  const dupes = names.filter((n, i) => names.indexOf(n) !== i);
  if (dupes.length) ctx.addIssue({ code: 'custom', path: ['templates'], message: `template names repeat: ${dupes.join(', ')}` });
});

export type Budgets = z.infer<typeof budgetsSchema>;
export type TemplateBudget = Budgets['templates'][number];

/** Parses a budgets file's text; throws with every problem as `file: path.to.field: reason`. */
export function parseBudgets(text: string, file = 'budgets.config.json'): Budgets {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: is not valid JSON (${(e as Error).message})`);
  }
  const result = budgetsSchema.safeParse(json);
  if (!result.success) throw new Error(result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n'));
  return result.data;
}

/** The one file that holds every performance budget. */
export const BUDGETS = parseBudgets(readFileSync(resolve(import.meta.dirname, '..', 'budgets.config.json'), 'utf8'));

/** A page's budget: the first template whose pattern matches its path. */
export function templateOf(path: string): TemplateBudget | undefined {
  return BUDGETS.templates.find((t) => new RegExp(t.match).test(path));
}

/** A compact fixed-width table for the test log. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}
