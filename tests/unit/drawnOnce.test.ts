import { expect, test } from 'vitest';
import { drawingsKept, drawnOnce } from '../../src/lib/charts/drawnOnce';

test('a chart shown on two pages is drawn once and forgotten after the second', () => {
  let draws = 0;
  const draw = () => ({ svg: `<svg>${++draws}</svg>` });
  const before = drawingsKept();
  const first = drawnOnce('k', 2, draw);
  expect(drawingsKept()).toBe(before + 1);
  const second = drawnOnce('k', 2, draw);
  expect(second).toBe(first);
  expect(draws).toBe(1);
  expect(drawingsKept()).toBe(before);
  // A third page (a rebuild in the dev server) draws it again.
  expect(drawnOnce('k', 2, draw).svg).toBe('<svg>2</svg>');
  drawnOnce('k', 2, draw);
  expect(drawingsKept()).toBe(before);
});

test('different keys are different drawings; a chart with one page is not kept', () => {
  expect(drawnOnce('a', 2, () => 'A')).toBe('A');
  expect(drawnOnce('b', 2, () => 'B')).toBe('B');
  expect(drawnOnce('a', 2, () => 'not drawn again')).toBe('A');
  expect(drawnOnce('b', 2, () => 'not drawn again')).toBe('B');
  const before = drawingsKept();
  expect(drawnOnce('solo', 1, () => 'S')).toBe('S');
  expect(drawingsKept()).toBe(before);
});
