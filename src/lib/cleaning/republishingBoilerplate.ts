import { isNumberedHeading } from './contentLine';

/**
 * What republishing sites append after the text they copy: disclaimers, copyright notices and
 * requests to credit them. Words of the genre, not of any one site.
 */
const BOILERPLATE = /仅代表作者(?:本人)?(?:个人)?观点|不代表本(?:站|网)(?:观点|立场)|免责声明|版权声明|特别声明|转载请注明|未经(?:许可|授权)[,,]?不得转载|如有侵权|若有侵权|侵权请联系|来源于网络|源于网络/;

/** The boilerplate must start in the last part of the text: at or after this share of its characters. */
export const BOILERPLATE_FROM_SHARE = 0.5;
/** …and its words must open the line (after a bracket or a few characters such as 注:), not stand inside a paragraph. */
const MAX_OPENING = 12;

/**
 * Index of the line where republishing boilerplate starts, or -1. Only a line in the last part of
 * the text counts, so a document that quotes such words early on keeps everything after them.
 */
export function republishingBoilerplateStart(lines: readonly string[]): number {
  const total = lines.reduce((n, l) => n + l.length, 0);
  let before = 0;
  for (const [i, line] of lines.entries()) {
    const at = line.search(BOILERPLATE);
    if (before >= total * BOILERPLATE_FROM_SHARE && at !== -1 && at <= MAX_OPENING && !isNumberedHeading(line)) return i;
    before += line.length;
  }
  return -1;
}
