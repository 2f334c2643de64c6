export interface Correction {
  doc_id: string;
  garbled: string;
  correction: string;
  /** How the correction was established: bytes (re-decoding confirms it), context, or unrestored (marked □). */
  method: string;
  reason: string;
}

export interface CorrectionResult {
  text: string;
  applied: Correction[];
}

/**
 * Replaces each garbled span with its reviewed correction. A span must occur
 * exactly once in the raw text: a missing or repeated span means the table and
 * the seed disagree, and guessing would be a silent edit.
 */
export function applyCorrections(text: string, corrections: readonly Correction[]): CorrectionResult {
  let out = text;
  const applied: Correction[] = [];
  for (const c of corrections) {
    const first = out.indexOf(c.garbled);
    if (first === -1) {
      throw new Error(`correction for ${c.doc_id}: garbled span ${JSON.stringify(c.garbled)} not found in the seed`);
    }
    if (out.indexOf(c.garbled, first + c.garbled.length) !== -1) {
      throw new Error(`correction for ${c.doc_id}: garbled span ${JSON.stringify(c.garbled)} occurs more than once; make it longer`);
    }
    out = out.slice(0, first) + c.correction + out.slice(first + c.garbled.length);
    applied.push(c);
  }
  return { text: out, applied };
}

/** Characters that only appear in garbled text: replacement marks, private-use code points, a stray `?` between Han characters. */
export const GARBLE_SIGNS = /[\ufffd\ue000-\uf8ff]|(?<=[\u4e00-\u9fff])\?|\?(?=[\u4e00-\u9fff;])/u;
