import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * SVG with one element per line, indented by depth, so a changed golden file reads as a diff.
 * Only whitespace between tags is added: an element holding only text stays on one line.
 */
export function prettySvg(svg: string): string {
  const tokens = svg.trim().match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pad = '  '.repeat(depth);
    if (token.startsWith('</')) {
      depth -= 1;
      lines.push(`${'  '.repeat(depth)}${token}`);
    } else if (token.startsWith('<') && !token.endsWith('/>') && !token.startsWith('<?') && !token.startsWith('<!')) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push(`${pad}${token}${text}${close}`);
        i += 2;
      } else {
        lines.push(`${pad}${token}`);
        depth += 1;
      }
    } else if (token.startsWith('<')) lines.push(`${pad}${token}`);
    else if (token.trim()) lines.push(`${pad}${token}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Where a golden file's differing output is written, beside it, for a person to compare. */
export const actualPath = (goldenPath: string) => goldenPath.replace(/(\.[^./]+)$/, '.actual$1');

/**
 * Compares output with a reviewed golden file. A difference (or a missing golden file) writes the
 * output beside it as `<name>.actual.<ext>` and returns a message saying how to accept it; equal
 * output removes a stale `.actual` file. UPDATE_GOLDEN=1 (npm run golden) writes the golden file instead.
 */
export function goldenMismatch(actual: string, goldenPath: string): string | null {
  const beside = actualPath(goldenPath);
  mkdirSync(dirname(goldenPath), { recursive: true });
  if (process.env['UPDATE_GOLDEN'] === '1') {
    writeFileSync(goldenPath, actual);
    rmSync(beside, { force: true });
    return null;
  }
  const golden = existsSync(goldenPath) ? readFileSync(goldenPath, 'utf8') : null;
  if (golden === actual) {
    rmSync(beside, { force: true });
    return null;
  }
  writeFileSync(beside, actual);
  return `${golden === null ? 'no golden file' : 'output differs from the golden file'} ${goldenPath}: the output is in ${beside}. Look at both (diff them, open them); if the new one is right, run \`npm run golden\` and commit the golden file.`;
}
