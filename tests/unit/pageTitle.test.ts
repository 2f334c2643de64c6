import { describe, expect, test } from 'vitest';
import { fitTitle, titleRoom } from '../../src/lib/views/pageTitle';

describe('page titles within 70 characters', () => {
  const room = titleRoom('Civil-Affairs Plans in Data');

  test('leave room for the site name the layout adds', () => {
    expect(room).toBe(70 - ' · Civil-Affairs Plans in Data'.length);
  });

  test('take the first candidate that fits', () => {
    expect(fitTitle(['Dibao recipients · Beilun District', 'Dibao recipients'], room)).toBe('Dibao recipients · Beilun District');
    expect(fitTitle(['Share of nursing-care beds in elderly-care institutions · Sanmen County', 'Short name'], room)).toBe('Short name');
  });

  test('cut the last one between words, not after a little word, with an ellipsis', () => {
    const t = fitTitle(['Share of nursing-care beds in elderly-care institutions'], room);
    expect(t).toBe('Share of nursing-care beds…');
    expect([...t].length).toBeLessThanOrEqual(room);
  });

  test('count quotes as the HTML writes them (&quot;)', () => {
    const t = fitTitle(['"Experience runs" by the bureau head (per month)'], room);
    expect(t.replace(/"/g, '&quot;').length).toBeLessThanOrEqual(room);
  });

  test('leave Chinese titles that fit as they are', () => {
    expect(fitTitle(['养老机构护理型床位占比(%) · 三门县'], titleRoom('民政规划数据'))).toBe('养老机构护理型床位占比(%) · 三门县');
  });
});
