import type { IndicatorValue } from '../data/schema';
import { UNITS, type UnitCode } from '../data/units';

export type TargetStatus = 'exceeded' | 'met' | 'missed';

export interface StatusResult {
  status: TargetStatus | null;
  /** Why there is no status, when there is none. */
  reason?: string;
  /** The same reason as a code, for pages to say it in their own language. */
  why?: NoStatusReason;
}

/** Why a target and its achieved value get no status: an approximate target, or no way to tell which direction is better. */
export type NoStatusReason = 'approximate' | 'no_direction';

/**
 * Classifies an achieved value against its target the way plan reviews do.
 * The direction that counts as better comes from the data only: the target's
 * qualifier (≥ / ≤) or the move from baseline to target. Without either, an
 * achieved value that is not exactly the target gets no status.
 */
export function classifyAgainstTarget(target: IndicatorValue, actual: IndicatorValue, baseline?: IndicatorValue): StatusResult {
  const t = target.value;
  const a = actual.value;
  let direction: 1 | -1 | 0 = 0;
  if (target.qualifier === 'ge') direction = 1;
  else if (target.qualifier === 'le') direction = -1;
  else if (baseline && baseline.value !== t) direction = t > baseline.value ? 1 : -1;
  if (a === t) return { status: 'met' };
  if (target.qualifier === 'about') return { status: null, reason: 'the target is approximate (约)', why: 'approximate' };
  if (direction === 0) return { status: null, reason: 'the document gives no baseline or ≥/≤ to say which direction is better', why: 'no_direction' };
  return { status: (a - t) * direction > 0 ? 'exceeded' : 'missed' };
}

export interface ImpliedChange {
  /** 'points': percentage points a year (for shares); 'rate': compound annual growth rate in %; 'absolute': units a year (baseline 0). */
  kind: 'points' | 'rate' | 'absolute';
  perYear: number;
  fromYear: number;
  toYear: number;
}

/**
 * The yearly change a target implies from its baseline: percentage points a
 * year for shares (compounding a percentage means nothing), the compound
 * annual growth rate otherwise, and units a year when the baseline is zero.
 */
export function impliedAnnualChange(baseline: IndicatorValue, target: IndicatorValue, unit: UnitCode): ImpliedChange | null {
  const years = target.year - baseline.year;
  if (years <= 0) return null;
  const base = { fromYear: baseline.year, toYear: target.year };
  if (UNITS[unit].kind === 'share') return { kind: 'points', perYear: (target.value - baseline.value) / years, ...base };
  if (baseline.value === 0) return { kind: 'absolute', perYear: target.value / years, ...base };
  if (baseline.value < 0 || target.value < 0) return null;
  return { kind: 'rate', perYear: (Math.pow(target.value / baseline.value, 1 / years) - 1) * 100, ...base };
}
