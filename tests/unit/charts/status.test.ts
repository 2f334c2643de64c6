import { describe, expect, test } from 'vitest';
import { classifyAgainstTarget, impliedAnnualChange } from '../../../src/lib/derive/status';
import { value } from './chartFixtures';

describe('status against target', () => {
  test('above a rising target is exceeded, equal is met, below is missed', () => {
    const b = value(2015, 'baseline', 360);
    const t = value(2020, 'target', 560);
    expect(classifyAgainstTarget(t, value(2020, 'actual', 660), b).status).toBe('exceeded');
    expect(classifyAgainstTarget(t, value(2020, 'actual', 560), b).status).toBe('met');
    expect(classifyAgainstTarget(t, value(2020, 'actual', 500), b).status).toBe('missed');
  });

  test('a falling target (baseline above it) counts lower as better', () => {
    expect(classifyAgainstTarget(value(2020, 'target', 10), value(2020, 'actual', 8), value(2015, 'baseline', 20)).status).toBe('exceeded');
  });

  test('≥ and ≤ targets give the direction without a baseline', () => {
    expect(classifyAgainstTarget(value(2020, 'target', 80, 'ge'), value(2020, 'actual', 85)).status).toBe('exceeded');
    expect(classifyAgainstTarget(value(2020, 'target', 5, 'le'), value(2020, 'actual', 6)).status).toBe('missed');
  });

  test('no status is invented when the data cannot say which way is better', () => {
    const r = classifyAgainstTarget(value(2020, 'target', 60), value(2020, 'actual', 100));
    expect(r.status).toBeNull();
    expect(r.reason).toMatch(/direction/);
    expect(classifyAgainstTarget(value(2020, 'target', 60, 'about'), value(2020, 'actual', 61), value(2015, 'baseline', 40)).status).toBeNull();
  });

  test('implied change: compound rate for levels, percentage points for shares, units a year from zero', () => {
    const rate = impliedAnnualChange(value(2015, 'baseline', 360), value(2020, 'target', 560), 'yuan_per_person_month')!;
    expect(rate.kind).toBe('rate');
    expect(rate.perYear).toBeCloseTo(9.239, 2); // (560/360)^(1/5) − 1
    expect(impliedAnnualChange(value(2020, 'baseline', 53), value(2025, 'target', 58), 'percent')).toMatchObject({ kind: 'points', perYear: 1 });
    expect(impliedAnnualChange(value(2020, 'baseline', 0), value(2025, 'target', 8), 'facilities')).toMatchObject({ kind: 'absolute', perYear: 1.6 });
    expect(impliedAnnualChange(value(2025, 'baseline', 1), value(2025, 'target', 2), 'facilities')).toBeNull();
  });
});
