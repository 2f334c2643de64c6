import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { actualPath, goldenFileMismatch, prettySvg } from '../golden';

const dir = mkdtempSync(join(tmpdir(), 'golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('golden files (tests/golden.ts)', () => {
  test('an SVG is printed one element a line, indented, its text untouched', () => {
    const svg = '<svg width="2"><title>甲 &amp; b</title><g fill="red"><path d="M0 0h1"/><text x="1">2025</text></g></svg>';
    const pretty = prettySvg(svg);
    expect(pretty).toBe('<svg width="2">\n  <title>甲 &amp; b</title>\n  <g fill="red">\n    <path d="M0 0h1"/>\n    <text x="1">2025</text>\n  </g>\n</svg>\n');
    expect(pretty.replace(/\n\s*/g, '')).toBe(svg);
  });

  test('a differing output fails, is written beside the golden file, and is cleared once it matches', () => {
    const golden = join(dir, 'chart.svg');
    writeFileSync(golden, 'old\n');
    const message = goldenFileMismatch('new\n', golden);
    expect(message).toContain('output differs from the golden file');
    expect(message).toContain('npm run golden');
    expect(readFileSync(actualPath(golden), 'utf8')).toBe('new\n');
    expect(readFileSync(golden, 'utf8')).toBe('old\n');
    expect(goldenFileMismatch('old\n', golden)).toBeNull();
    expect(existsSync(actualPath(golden))).toBe(false);
  });

  test('a missing golden file fails too: a new chart kind is reviewed before it is accepted', () => {
    const golden = join(dir, 'new-kind.zh.svg');
    expect(goldenFileMismatch('<svg/>\n', golden)).toContain('no golden file');
    expect(existsSync(actualPath(golden))).toBe(true);
    expect(existsSync(golden)).toBe(false);
  });
});
