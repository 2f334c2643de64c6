import { expect, test } from 'vitest';
import { yearsLabel } from '../../src/lib/format/yearsLabel';

test.each([
  [2021, 2021, 'en', '2021'],
  [2022, 2024, 'en', '2022–2024'],
  [2021, null, 'en', 'from 2021'],
  [null, 2024, 'en', 'until 2024'],
  [null, null, 'en', 'years not stated'],
  [2021, 2021, 'zh', '2021'],
  [null, null, 'zh', '未写明'],
] as const)('years %s to %s read in %s as "%s"', (start, end, locale, expected) => {
  expect(yearsLabel(start, end, locale)).toBe(expected);
});
