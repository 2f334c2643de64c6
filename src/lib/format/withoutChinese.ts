import { hanRuns } from './hanRuns';

/**
 * The text without its Chinese runs, for places that hold plain text in one language (a <title>,
 * an SVG <title>): "Persons holding the social worker (社会工作师) qualification" → "… social
 * worker qualification".
 */
export function withoutChinese(text: string): string {
  return hanRuns(text)
    .filter((r) => !r.zh)
    .map((r) => r.text)
    .join('')
    .replace(/[“"]\s*[”"]/g, '')
    .replace(/\s*[(（]\s*[)）]/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
