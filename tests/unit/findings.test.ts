import { describe, expect, test } from 'vitest';
import type { Dataset, IndicatorValue } from '../../src/lib/data/schema';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { indicatorReading } from '../../src/lib/findings/indicatorReading';
import {
  boldestTargets, boldSentence, flagsPerDocument, projectSentences, projectSpend, reviewSentence, reviewTallies, spreadSentence, widestSpreads,
} from '../../src/lib/findings/homeFindings';
import { plainText, sentence, num, data as dataSlot, type SentencePart } from '../../src/lib/findings/sentence';
import { countFlags, flagsOfIndicator, flagsOfTarget } from '../../src/lib/derive/targetFlags';
import { documentSections, previousHeading, promisesHeading } from '../../src/lib/findings/regionSections';
import { reviewsOf } from '../../src/lib/derive/reviews';
import { buildRegionView } from '../../src/lib/views/regionView';
import { quoteAnchor } from '../../src/lib/format/sourceLines';
import { indicator, value } from './charts/chartFixtures';
import { FIXTURE_DIR } from './fixtureDataset';

const beds = indicator({ unit: 'beds', name_zh: '养老床位', name_en: 'Elderly-care beds' });
const share = indicator();
const links = (parts: SentencePart[]) => parts.filter((p) => p.kind === 'number').map((p) => p.href);

describe('target flags', () => {
  test('a target with no earlier figure cannot be measured from the document', () => {
    const target = value(2025, 'target', 60);
    expect(flagsOfTarget([target], target)).toEqual(['no_baseline']);
    // A figure of the target's own year or later is not a starting point.
    expect(flagsOfTarget([target, value(2025, 'actual', 50)], target)).toEqual(['no_baseline']);
  });

  test('an earlier achieved value is a starting point too', () => {
    const target = value(2019, 'target', 60);
    expect(flagsOfTarget([value(2018, 'actual', 50), target], target)).toEqual([]);
  });

  test('an "at least" target is already met by a starting figure at or above it, not by one below', () => {
    const target = value(2025, 'target', 50, 'ge');
    expect(flagsOfTarget([value(2020, 'baseline', 55), target], target)).toEqual(['already_met']);
    expect(flagsOfTarget([value(2020, 'baseline', 50), target], target)).toEqual(['already_met']);
    expect(flagsOfTarget([value(2020, 'baseline', 45), target], target)).toEqual([]);
  });

  test('an "at most" target is already met by a starting figure at or below it, not by one above', () => {
    const target = value(2025, 'target', 5, 'le');
    expect(flagsOfTarget([value(2020, 'baseline', 4), target], target)).toEqual(['already_met']);
    expect(flagsOfTarget([value(2020, 'baseline', 6), target], target)).toEqual([]);
  });

  test('a plain target is already met only when it asks for the starting figure itself; its direction is otherwise unknown', () => {
    const same = value(2025, 'target', 100);
    expect(flagsOfTarget([value(2020, 'baseline', 100), same], same)).toEqual(['already_met']);
    const lower = value(2025, 'target', 90);
    expect(flagsOfTarget([value(2020, 'baseline', 95), lower], lower)).toEqual([]);
  });

  test('an "about" target is approximate and never already met, whatever its starting figure', () => {
    const about = value(2025, 'target', 50, 'about');
    expect(flagsOfTarget([value(2020, 'baseline', 50), about], about)).toEqual(['approximate']);
    expect(flagsOfTarget([about], about)).toEqual(['no_baseline', 'approximate']);
  });

  test('only targets are flagged; an indicator collects its targets’ flags once each', () => {
    const values = [value(2022, 'interim_target', 60, 'about'), value(2025, 'target', 80, 'about'), value(2020, 'actual', 10)];
    expect(flagsOfTarget(values, values[2]!)).toEqual([]);
    expect(flagsOfIndicator(values)).toEqual(['approximate']);
    expect(flagsOfIndicator([value(2020, 'actual', 10)])).toEqual([]);
  });

  test('counts per set of indicators: every target value once, each of its flags once', () => {
    const a = [value(2020, 'baseline', 60), value(2025, 'target', 58, 'ge')];
    const b = [value(2025, 'target', 3, 'about')];
    const c = [value(2020, 'actual', 1)];
    expect(countFlags([{ values: a }, { values: b }, { values: c }])).toEqual({ targets: 2, flagged: { already_met: 1, no_baseline: 1, approximate: 1 } });
  });
});

describe('the indicator page’s opening sentence', () => {
  const href = (v: IndicatorValue) => `#${v.value_kind}-${v.year}`;

  test('a target with its result: exceeded, met, missed — numbers with units, each linked to its quote', () => {
    const ex = indicatorReading(beds, [value(2015, 'baseline', 40), value(2020, 'target', 50), value(2020, 'actual', 55)], 'zh', href);
    expect(plainText(ex)).toBe('2020年实际为55 张,超额完成目标50 张。');
    expect(links(ex)).toEqual(['#actual-2020', '#target-2020']);
    expect(plainText(indicatorReading(beds, [value(2015, 'baseline', 40), value(2020, 'target', 50), value(2020, 'actual', 55)], 'en'))).toBe('Reached 55 beds in 2020, beating the target of 50 beds.');
    expect(plainText(indicatorReading(beds, [value(2020, 'target', 50, 'ge'), value(2020, 'actual', 50)], 'en'))).toBe('Reached 50 beds in 2020, meeting the target of at least 50 beds.');
    expect(plainText(indicatorReading(beds, [value(2020, 'target', 50, 'ge'), value(2020, 'actual', 45)], 'zh'))).toBe('2020年实际为45 张,未达到目标不低于50 张。');
  });

  test('an "at most" target is beaten by a lower result', () => {
    expect(plainText(indicatorReading(share, [value(2020, 'target', 5, 'le'), value(2020, 'actual', 4)], 'en'))).toBe('Reached 4% in 2020, beating the target of at most 5%.');
  });

  test('a result against an approximate target, or one without a direction, is not rated', () => {
    expect(plainText(indicatorReading(beds, [value(2020, 'target', 50, 'about'), value(2020, 'actual', 52)], 'en'))).toMatch(/^Stood at 52 beds in 2020 against a target of about 50 beds \(an approximate target/);
    expect(plainText(indicatorReading(beds, [value(2020, 'target', 50), value(2020, 'actual', 52)], 'zh')).startsWith('2020年实际为52 张,目标为50 张(文件未说明')).toBe(true);
  });

  test('a target from a baseline; several targets in year order; qualifier words', () => {
    expect(plainText(indicatorReading(share, [value(2020, 'baseline', 53), value(2025, 'target', 58, 'ge')], 'en'))).toBe('Target: from 53% in 2020 to at least 58% by 2025.');
    const several = indicatorReading(share, [value(2025, 'target', 58), value(2020, 'baseline', 53), value(2022, 'interim_target', 55, 'about')], 'zh', href);
    expect(plainText(several)).toBe('目标:从2020年的53%到2022年约55%、2025年58%。');
    expect(links(several)).toEqual(['#baseline-2020', '#interim_target-2022', '#target-2025']);
    expect(plainText(indicatorReading(share, [value(2020, 'baseline', 53), value(2022, 'interim_target', 55), value(2025, 'target', 58)], 'en'))).toBe('Targets: from 53% in 2020 to 55% by 2022 and 58% by 2025.');
  });

  test('a target with no baseline says the document gives no starting figure', () => {
    expect(plainText(indicatorReading(beds, [value(2025, 'target', 300)], 'en'))).toBe('Target: 300 beds by 2025. The document gives no starting figure.');
    expect(plainText(indicatorReading(beds, [value(2025, 'target', 300)], 'zh'))).toBe('目标:2025年300 张。文件没有给出起点数值。');
  });

  test('figures without a target: the latest, with the one before it', () => {
    expect(plainText(indicatorReading(beds, [value(2018, 'actual', 1696)], 'en'))).toBe('In 2018: 1,696 beds.');
    expect(plainText(indicatorReading(beds, [value(2015, 'baseline', 40), value(2020, 'actual', 55)], 'zh'))).toBe('2020年:55 张(2015年:40 张)。');
    expect(indicatorReading(beds, [], 'zh')).toEqual([]);
  });

  test('sentence parts keep names and numbers apart from the template words', () => {
    expect(sentence('{a}和{b}{c}', { a: dataSlot('<b>名</b>'), b: num('1', '#x') })).toEqual([
      { kind: 'data', text: '<b>名</b>' }, { kind: 'text', text: '和' }, { kind: 'number', text: '1', href: '#x' }, { kind: 'text', text: '{c}' },
    ]);
  });
});

describe('home findings on small datasets', () => {
  const fixture = loadDataset(FIXTURE_DIR);
  const text = fixture.sources['demo-plan']!;
  const tableQuote = '1 | 养老机构护理型床位占比(%) | 53 | 55 | 58 | 约束性 |';
  const row = (year: number, kind: IndicatorValue['value_kind'], v: number, qualifier: IndicatorValue['qualifier'] = 'eq'): IndicatorValue => ({
    ...value(year, kind, v, qualifier), indicator_id: 'demo-plan.nursing-bed-share', value_text: String(v), source_quote: tableQuote,
  });
  const withValues = (values: IndicatorValue[]): Dataset => ({ ...fixture, indicator_values: values });

  test('no results of a kind, no finding of that kind', () => {
    const onlyTargets = withValues([row(2025, 'target', 58)]);
    expect(reviewTallies(onlyTargets)).toEqual([]);
    expect(boldestTargets(onlyTargets, 3)).toEqual([]);
    expect(widestSpreads(onlyTargets, 3)).toEqual([]);
  });

  test('a target with its result is tallied; the sentence links the region to its page’s results', () => {
    const ds = withValues([row(2015, 'baseline', 40), row(2020, 'target', 50), row(2020, 'actual', 55)]);
    const [tally] = reviewTallies(ds);
    expect(tally).toMatchObject({ done: 1, missed: 0, unrated: 0, previous: true });
    const parts = reviewSentence(ds, tally!, 'en');
    expect(plainText(parts)).toBe('Example County, previous plan (2020): 1 of 1 targets with a reported result met or exceeded, 0 missed.');
    expect(parts.filter((p) => p.kind === 'data').map((p) => p.href)).toEqual(['/en/regions/990101/#results-demo-plan']);
  });

  test('a target of the plan’s own period with a baseline is bold; one before the period, an unchanged one or one already met is not', () => {
    expect(boldestTargets(withValues([row(2015, 'baseline', 40), row(2020, 'target', 50)]), 3)).toEqual([]);
    expect(boldestTargets(withValues([row(2020, 'baseline', 50), row(2025, 'target', 50)]), 3)).toEqual([]);
    expect(boldestTargets(withValues([row(2020, 'baseline', 55), row(2025, 'target', 50, 'ge')]), 3)).toEqual([]);
    const ds = withValues([row(2020, 'baseline', 53), row(2025, 'target', 58)]);
    const [bold] = boldestTargets(ds, 3);
    expect(bold).toMatchObject({ kind: 'points', perYear: 1 });
    const parts = boldSentence(ds, bold!, 'zh');
    expect(plainText(parts)).toBe('示例县:养老机构护理型床位占比从2020年的53%提高到2025年的58%,平均每年提高约1个百分点。');
    expect(links(parts)).toEqual([`/sources/demo-plan/#${quoteAnchor(text, tableQuote)}`, `/sources/demo-plan/#${quoteAnchor(text, tableQuote)}`]);
  });

  test('project spending adds one-off totals only and links the largest to its quote', () => {
    const spend = projectSpend(fixture)!;
    const costed = fixture.projects.filter((p) => p.investment_total_cny !== null);
    expect(spend.total).toBe(costed.reduce((n, p) => n + p.investment_total_cny!, 0));
    const [, largest] = projectSentences(fixture, spend, 'zh');
    expect(links(largest!)).toEqual([`/sources/demo-plan/#${quoteAnchor(text, spend.largest.source_quote)}`]);
    expect(projectSpend({ ...fixture, projects: fixture.projects.filter((p) => p.investment_total_cny === null) })).toBeNull();
  });
});

describe('home findings on the real dataset', () => {
  const real = loadDataset();

  test('review tallies add up to every target-with-result pair of each document', () => {
    for (const tally of reviewTallies(real)) {
      const pairs = real.indicators.filter((i) => i.doc_id === tally.document.doc_id).flatMap((i) => reviewsOf(real.indicator_values.filter((v) => v.indicator_id === i.indicator_id)));
      expect(tally.done + tally.missed + tally.unrated).toBe(pairs.length);
    }
  });

  test('the boldest targets are ranked by their yearly change within each kind, and fall in their document’s period', () => {
    const bold = boldestTargets(real, 3);
    for (const kind of ['rate', 'points'] as const) {
      const list = bold.filter((b) => b.kind === kind).map((b) => Math.abs(b.perYear));
      expect(list).toEqual([...list].sort((a, b) => b - a));
    }
    for (const b of bold) {
      const doc = real.documents.find((d) => d.doc_id === b.indicator.doc_id)!;
      expect(b.target.year).toBeGreaterThanOrEqual(doc.period_start);
      expect(b.target.year).toBeGreaterThan(b.baseline.year);
      for (const locale of ['zh', 'en'] as const) expect(links(boldSentence(real, b, locale)).every((h) => /\/sources\/[a-z0-9-]+\/#q\d+-[0-9a-f]{8}$/.test(h ?? ''))).toBe(true);
    }
  });

  test('spreads compare two different regions on figures as written, the widest first', () => {
    const spreads = widestSpreads(real, 10);
    expect(spreads.map((s) => s.ratio)).toEqual([...spreads.map((s) => s.ratio)].sort((a, b) => b - a));
    for (const s of spreads) {
      expect(s.low.region.region_code).not.toBe(s.high.region.region_code);
      expect(s.low.value.value_kind).toBe(s.high.value.value_kind);
      expect(s.ratio).toBeCloseTo(s.high.value.value / s.low.value.value);
      expect(links(spreadSentence(real, s, 'en'))).toHaveLength(2);
    }
  });

  test('flags per document count the target values each document sets for its own period', () => {
    for (const f of flagsPerDocument(real)) {
      // Each quantity once: a row that repeats another (duplicate_of) is not a second target.
      const ids = new Set(real.indicators.filter((i) => i.doc_id === f.document.doc_id && i.duplicate_of === null && real.indicator_values.some((v) => v.indicator_id === i.indicator_id && v.year >= f.document.period_start)).map((i) => i.indicator_id));
      expect(f.counts.targets).toBe(real.indicator_values.filter((v) => ids.has(v.indicator_id) && (v.value_kind === 'target' || v.value_kind === 'interim_target')).length);
    }
  });
});

describe('region page halves', () => {
  test('indicators dated wholly before the document’s period form the previous plan; headings take their years from the data', () => {
    const real = loadDataset();
    for (const document of real.documents) {
      const view = buildRegionView(real, document.region_code);
      const sec = documentSections(view).find((s) => s.document.doc_id === document.doc_id)!;
      for (const i of sec.previous) expect(i.values.every((v) => v.year < document.period_start)).toBe(true);
      for (const d of sec.current) for (const i of d.indicators) expect(i.values.some((v) => v.year >= document.period_start)).toBe(true);
      const own = real.indicators.filter((i) => i.doc_id === document.doc_id && i.duplicate_of === null).length;
      expect(sec.previous.length + sec.current.reduce((n, d) => n + d.indicators.length, 0)).toBe(own);
      expect(promisesHeading(sec, 'en')).toContain(document.period_start === document.period_end ? String(document.period_start) : `${document.period_start}–${document.period_end}`);
      if (sec.previousResultYears.length > 0) {
        const years = [...new Set(sec.previous.flatMap((i) => i.values.filter((v) => v.value_kind === 'actual').map((v) => v.year)))].sort();
        expect(previousHeading(sec, 'en')).toBe(`How the previous plan ended (${years.join(', ')} results)`);
      }
    }
  });
});
