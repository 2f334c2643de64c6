/**
 * How a value relates to its number, stored as words so that no cell begins
 * with = (which a spreadsheet would take for a formula). Release 0.1.0 wrote
 * '=', '>=', '<=', 'about'. Display signs: src/lib/format/qualifiers.ts.
 */
export const QUALIFIERS = ['eq', 'ge', 'le', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
