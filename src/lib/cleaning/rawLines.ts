/** A line of the text being cleaned, with the number of the raw line it comes from (1-based). */
export interface NumberedLine {
  line: number;
  text: string;
}

/** Something the general cleaner took out of a raw text, for a curator to check. */
export interface RemovedText {
  /** The raw line (1-based, after line endings are normalised) the text stood on. */
  line: number;
  /** The whole dropped line, or the removed span. */
  text: string;
  /** Why, in words a curator reads. */
  reason: string;
}
