// Cleans one raw text saved from a web page with the general cleaner (src/lib/cleaning/cleanRawText.ts)
// and prints the cleaned text on stdout and the report of everything removed on stderr, so a curator
// can check that nothing of the document was lost before adding it.
// Usage: npx tsx scripts/cleanRawText.ts <file> [--title "<title>"] > cleaned.txt
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cleanRawText } from '../src/lib/cleaning/cleanRawText';
import { decodeRawText } from '../src/lib/cleaning/decodeRawText';

const args = process.argv.slice(2);
const titleAt = args.indexOf('--title');
const title = titleAt >= 0 ? args[titleAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && !(titleAt >= 0 && i === titleAt + 1));
if (!file || (titleAt >= 0 && !title)) {
  console.error('usage: npx tsx scripts/cleanRawText.ts <file> [--title "<title>"]');
  process.exit(2);
}

try {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${file}: no such file`);
  const { text: raw, encoding } = decodeRawText(readFileSync(file), file);
  const { text, report } = cleanRawText(raw, title ? { title } : {});
  process.stdout.write(text);
  const { removed, ...facts } = report;
  console.error(`${file}: ${encoding}, ${JSON.stringify(facts)}`);
  for (const r of removed) console.error(`${file}:${r.line}: removed (${r.reason}): ${r.text}`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
