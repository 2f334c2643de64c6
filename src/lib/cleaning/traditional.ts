import * as OpenCC from 'opencc-js';
import { writeParticleZhe } from './zhe';

/**
 * Share of Han characters above which a text counts as Traditional. Traditional texts change
 * about a third of their Han characters under t → cn (30–40% on the seeds and the corpus); Simplified
 * texts change none, or a rare variant character. 10% leaves a wide margin on both sides.
 */
export const TRADITIONAL_SHARE_THRESHOLD = 0.1;

const HAN = /\p{Script=Han}/u;

let tToCn: ((s: string) => string) | null = null;
function converter(): (s: string) => string {
  tToCn ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return tToCn;
}

/** Share (0–1) of the text's Han characters that OpenCC's Traditional → Simplified conversion changes; 0 for a text without Han. */
export function traditionalShare(text: string): number {
  const convert = converter();
  const changes = new Map<string, boolean>();
  let han = 0;
  let changed = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han += 1;
    let c = changes.get(ch);
    if (c === undefined) {
      c = convert(ch) !== ch;
      changes.set(ch, c);
    }
    if (c) changed += 1;
  }
  return han === 0 ? 0 : changed / han;
}

/** Whether the text is written in Traditional characters and should be converted. */
export function isTraditional(text: string): boolean {
  return traditionalShare(text) > TRADITIONAL_SHARE_THRESHOLD;
}

/** Traditional → Simplified as the hand-cleaned sources were made: particle 著 first (zhe.ts), then OpenCC t → cn. */
export function toSimplified(text: string): string {
  return converter()(writeParticleZhe(text));
}
