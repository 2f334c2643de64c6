import { describe, expect, test } from 'vitest';
import { buildRowGlyph } from '../../../src/lib/charts/rowGlyph';
import { rowSummary } from '../../../src/lib/views/rowSummary';
import { CASES } from './chartFixtures';

describe('a dashboard row', () => {
  test('a plan draws a dashed path from baseline to the final target on a 0–100 track', () => {
    const g = buildRowGlyph(CASES.progress.indicator, CASES.progress.values)!;
    expect(g.domain).toEqual([0, 100]);
    expect(g.paths).toEqual([{ kind: 'plan', from: expect.closeTo(52.64, 2), to: expect.closeTo(57.04, 2) }]);
    expect(rowSummary(CASES.progress.indicator, CASES.progress.values)).toBe('53% → ≥58%(2025)');
  });

  test('a review shows plan and achievement', () => {
    const g = buildRowGlyph(CASES.review.indicator, CASES.review.values)!;
    expect(g.paths.map((p) => p.kind)).toEqual(['plan', 'actual']);
    expect(rowSummary(CASES.review.indicator, CASES.review.values)).toBe('360 → 560 元/人·月(2020) · 实际 660 元/人·月(2020)');
  });

  test('a lone target has no path and says it is a target', () => {
    const g = buildRowGlyph(CASES.commitment.indicator, CASES.commitment.values)!;
    expect(g.paths).toEqual([]);
    expect(g.marks.map((m) => m.kind)).toEqual(['target']);
    expect(rowSummary(CASES.commitment.indicator, CASES.commitment.values)).toBe('目标 3000 人(2025)');
  });
});
