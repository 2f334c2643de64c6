// A document added with add-document keeps its raw file in data/raw/ (documents.seed_file
// "raw/<doc_id>.<ext>"); its cleaned text is always what the general cleaner makes of that file,
// so clean-sources can prove data/sources/<doc_id>.txt was not edited by hand.
import { cleanRawText, type RawCleaningReport } from './cleanRawText';
import { decodeRawText, type DecodedRawText } from './decodeRawText';

/** documents.seed_file of a document added from a raw file (not a seed in ../shared/seeds). */
export const RAW_PREFIX = 'raw/';
export const isRawFile = (seedFile: string) => seedFile.startsWith(RAW_PREFIX);

export function cleanRawDocument(bytes: Uint8Array, title: string, file: string): { text: string; encoding: DecodedRawText['encoding']; report: RawCleaningReport } {
  const decoded = decodeRawText(bytes, file);
  const { text, report } = cleanRawText(decoded.text, { title });
  return { text, encoding: decoded.encoding, report };
}
