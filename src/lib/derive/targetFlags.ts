import type { IndicatorValue } from '../data/schema';

/**
 * Weak spots of a target that a reader should know before counting it as a promise:
 * - already_met: the starting figure already reaches it (the plan asks for nothing new);
 * - no_baseline: the document gives no earlier figure, so progress cannot be measured from it;
 * - approximate: the target is an "about" (约) figure.
 */
export type TargetFlag = 'already_met' | 'no_baseline' | 'approximate';
export const TARGET_FLAGS: readonly TargetFlag[] = ['already_met', 'no_baseline', 'approximate'];

const isTarget = (v: IndicatorValue) => v.value_kind === 'target' || v.value_kind === 'interim_target';

/** The figure a target starts from: the latest baseline or achieved value of an earlier year. */
export function startingPoint(values: IndicatorValue[], target: IndicatorValue): IndicatorValue | undefined {
  return values
    .filter((v) => (v.value_kind === 'baseline' || v.value_kind === 'actual') && v.year < target.year)
    .sort((a, b) => b.year - a.year || (a.value_kind === 'baseline' ? 1 : -1))[0];
}

/**
 * Which way is better, from the target's qualifier only: "at least" means more is better,
 * "at most" less. A plain or approximate target says nothing about direction (a move from the
 * baseline to it only tells where the plan wants to go), so it never counts as already met
 * unless it asks for exactly the starting figure.
 */
function alreadyMet(target: IndicatorValue, start: IndicatorValue): boolean {
  if (target.qualifier === 'about') return false;
  if (start.value === target.value) return true;
  if (target.qualifier === 'ge') return start.value > target.value;
  if (target.qualifier === 'le') return start.value < target.value;
  return false;
}

/** The flags of one target value, given every value of its indicator. */
export function flagsOfTarget(values: IndicatorValue[], target: IndicatorValue): TargetFlag[] {
  if (!isTarget(target)) return [];
  const start = startingPoint(values, target);
  const flags: TargetFlag[] = [];
  if (start && alreadyMet(target, start)) flags.push('already_met');
  if (!start) flags.push('no_baseline');
  if (target.qualifier === 'about') flags.push('approximate');
  return flags;
}

/**
 * Every flag of an indicator's targets, once each, in the fixed order. `known` is what its targets
 * may start from: its own values, and in a series also those of the earlier documents.
 */
export function flagsOfIndicator(values: IndicatorValue[], known: IndicatorValue[] = values): TargetFlag[] {
  const found = new Set(values.filter(isTarget).flatMap((t) => flagsOfTarget(known, t)));
  return TARGET_FLAGS.filter((f) => found.has(f));
}

export interface FlagCounts {
  /** Target values (final and interim) counted. */
  targets: number;
  flagged: Record<TargetFlag, number>;
}

/** How many of a set of indicators' target values carry each flag (starting points from `known`, as in flagsOfIndicator). */
export function countFlags(indicators: { values: IndicatorValue[]; known?: IndicatorValue[] }[]): FlagCounts {
  const flagged: Record<TargetFlag, number> = { already_met: 0, no_baseline: 0, approximate: 0 };
  let targets = 0;
  for (const { values, known } of indicators) {
    for (const t of values.filter(isTarget)) {
      targets++;
      for (const f of flagsOfTarget(known ?? values, t)) flagged[f]++;
    }
  }
  return { targets, flagged };
}
