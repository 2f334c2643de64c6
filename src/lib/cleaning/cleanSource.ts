import * as OpenCC from 'opencc-js';
import { applyCorrections, type Correction } from './corrections';
import { stripHtmlTags } from './html';
import { countPinyinAnnotations, removePinyinAnnotations } from './pinyin';
import { joinCellPerLineTable, type CellPerLineTable } from './tables';
import { writeParticleZhe } from './zhe';

/** How one seed becomes its cleaned text; kept in data/source_cleaning.json. */
export interface CleaningRule {
  doc_id: string;
  seed_file: string;
  /** Convert Traditional to Simplified characters (particle 著 → 着, then OpenCC t → cn). */
  to_simplified: boolean;
  /** The cleaned text starts at the first line matching this regex (page chrome before it is dropped). */
  start_line?: string;
  /** The cleaned text ends before the first line matching this regex (republishing boilerplate after it is dropped). */
  end_before_line?: string;
  /** Whole lines to drop wherever they occur (navigation, duplicated headings). */
  drop_lines?: string[];
  /** Tables laid out one cell per line, rejoined one row per line. */
  tables?: CellPerLineTable[];
}

export interface CleaningReport {
  doc_id: string;
  corrections_applied: number;
  pinyin_annotations_removed: number;
  lines_in: number;
  lines_out: number;
}

let toSimplified: ((s: string) => string) | null = null;
/**
 * OpenCC's generic t → cn keeps every 著 (it reads 著 as zhù); texts in Taiwan-style Traditional
 * write the particle 着 as 著 too, so that one is settled first (see zhe.ts).
 */
function traditionalToSimplified(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified(writeParticleZhe(text));
}

function findLine(lines: readonly string[], pattern: string, what: string, docId: string): number {
  const re = new RegExp(pattern);
  const i = lines.findIndex((l) => re.test(l));
  if (i === -1) throw new Error(`${docId}: ${what} /${pattern}/ matches no line`);
  return i;
}

/**
 * Turns a raw seed into the cleaned text that quotes refer to. The order
 * matters: corrections match the raw seed byte for byte, so they run first;
 * pinyin is removed before conversion so OpenCC sees plain Han text.
 */
export function cleanSource(raw: string, rule: CleaningRule, corrections: readonly Correction[]): { text: string; report: CleaningReport } {
  const own = corrections.filter((c) => c.doc_id === rule.doc_id);
  const corrected = applyCorrections(raw.replace(/\r\n?/g, '\n'), own);
  const pinyinCount = countPinyinAnnotations(corrected.text);
  let text = removePinyinAnnotations(stripHtmlTags(corrected.text));
  if (rule.to_simplified) text = traditionalToSimplified(text);

  let lines = text
    .split('\n')
    .map((l) => l.replace(/[\s\u3000\u00a0]+/g, ' ').trim())
    .filter((l) => l.length > 0);
  const linesIn = lines.length;
  if (rule.start_line) lines = lines.slice(findLine(lines, rule.start_line, 'start_line', rule.doc_id));
  if (rule.end_before_line) lines = lines.slice(0, findLine(lines, rule.end_before_line, 'end_before_line', rule.doc_id));
  for (const pattern of rule.drop_lines ?? []) {
    const re = new RegExp(pattern);
    lines = lines.filter((l) => !re.test(l));
  }
  for (const table of rule.tables ?? []) lines = joinCellPerLineTable(lines, table);
  // Pipe tables from the government sites end rows with runs of empty cells (`| ||`).
  lines = lines.map((l) => l.replace(/(\s*\|)+\s*$/, ' |'));

  return {
    text: lines.join('\n') + '\n',
    report: {
      doc_id: rule.doc_id,
      corrections_applied: corrected.applied.length,
      pinyin_annotations_removed: pinyinCount,
      lines_in: linesIn,
      lines_out: lines.length,
    },
  };
}
