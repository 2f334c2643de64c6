/**
 * A sentence generated from a dictionary template, kept as parts so a page can link each number
 * to its quote and isolate each name: interface words are `text`, names from the data are
 * `data` (shown in a <bdi>), and numbers carry the `href` of the sentence they were taken from.
 */
export type SentencePart =
  | { kind: 'text'; text: string }
  | { kind: 'data'; text: string; href?: string }
  | { kind: 'number'; text: string; href?: string };

export type Slot = Exclude<SentencePart, { kind: 'text' }>;

export const data = (text: string, href?: string): Slot => (href === undefined ? { kind: 'data', text } : { kind: 'data', text, href });
export const num = (text: string, href?: string): Slot => (href === undefined ? { kind: 'number', text } : { kind: 'number', text, href });

/**
 * Fills `{name}` placeholders with slots, or with runs of parts (a list inside the sentence); an
 * unknown placeholder stays as written, like `fill()`.
 */
export function sentence(template: string, slots: Record<string, Slot | SentencePart[]>): SentencePart[] {
  const parts: SentencePart[] = [];
  for (const piece of template.split(/(\{\w+\})/)) {
    if (piece === '') continue;
    const key = /^\{(\w+)\}$/.exec(piece)?.[1];
    const slot = key !== undefined && Object.hasOwn(slots, key) ? slots[key] : undefined;
    if (slot === undefined) parts.push({ kind: 'text', text: piece });
    else if (Array.isArray(slot)) parts.push(...slot);
    else parts.push(slot);
  }
  return parts;
}

/** The sentence as plain text (meta descriptions, tests, screen-reader summaries). */
export const plainText = (parts: SentencePart[]): string => parts.map((p) => p.text).join('');
