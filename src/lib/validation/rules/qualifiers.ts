import { readWording } from '../../data/qualifierWording';
import type { IndicatorValue } from '../../data/schema';
import type { Issue, Located } from '../issues';

const list = (words: { word: string; qualifier: string }[]) => words.map((f) => `"${f.word}" means ${f.qualifier}`).join(', ');

/**
 * A value's qualifier is what the wording around its number says (src/lib/data/qualifierWording.ts):
 * 以上/不低于/逾/多/余… ge, 以下/不超过/以内… le, 约/左右/近… about, none of them eq. Words that
 * disagree, or a value_text that stands more than once with different wording, are reported, not guessed.
 */
export function checkQualifierWording(file: string, rows: Located<IndicatorValue>[], issues: Issue[]): void {
  for (const { line, row } of rows) {
    const at = (message: string) => issues.push({ file, line, column: 'qualifier', message });
    const reading = readWording(row.value_text, row.source_quote, row.value);
    if (!reading.placed) continue; // value_text not in the quote: reported by the quote rules
    if (reading.ambiguous) {
      at(`"${row.value_text}" stands more than once in source_quote with different wording (${list(reading.found) || 'none'}): lengthen value_text so it names one`);
    } else if (reading.qualifier === null) {
      at(`the wording around "${row.value_text}" contradicts itself (${list(reading.found)}): the qualifier cannot be read from the quote`);
    } else if (reading.qualifier !== row.qualifier) {
      const word = reading.found[0];
      at(word
        ? `${row.qualifier}, but the wording "${word.word}" means ${reading.qualifier}`
        : `${row.qualifier}, but no word beside "${row.value_text}" bounds or rounds it (以上, 不低于, 以下, 约, 左右, 多…): eq`);
    }
  }
}
