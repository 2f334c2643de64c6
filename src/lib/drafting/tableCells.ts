// A number in a table row: which column heading it stands under, the row's indicator cells and
// the unit they write. The cleaned texts keep a row on one line, cells joined by " | ", with a
// heading line above (see src/lib/format/tableRowQuote.ts, whose heading search this reuses).
import { tableRowQuote } from '../format/tableRowQuote';
import type { UnitCode } from '../data/units';
import { adjustForContext, unitOfCell, unitOfNoun } from './writtenUnits';
import { lineAround } from './skipRules';

export interface TableFigure {
  /** The row's line as written (the quote). */
  row: string;
  rowStart: number;
  /** The heading of the figure's column ('' when the row has more cells than the heading line). */
  heading: string;
  /** Every heading of the table. */
  headings: string[];
  /** The row's indicator cells joined: its proposed name. */
  name: string;
  unit: UnitCode | null;
}

// A figure cell holds digits (48.6, 100%, 60/50) or only a dash for "none"; a unit cell "%" is not one.
const isFigureCell = (cell: string) => /^(?=.*\d)[\d.,/%‰]+$|^[—–-]+$/.test(cell);
const cellsOf = (line: string) => line.replace(/\s*\|\s*$/, '').split('|').map((c) => c.trim());

/** The table context of the number at [start, end), or null when it is not a figure cell of a table row. */
export function tableFigureAt(text: string, start: number): TableFigure | null {
  const { line, start: rowStart } = lineAround(text, start);
  if (!line.includes(' | ') && !/\S \|$/.test(line)) return null;
  const cells = cellsOf(line);
  const index = line.slice(0, start - rowStart).split('|').length - 1;
  const cell = cells[index] ?? '';
  if (!isFigureCell(cell)) return null;
  const table = tableRowQuote(text, line);
  const headings = table?.headers ?? [];
  // Figures sit at the right of a row; a merged category cell on the left makes rows shorter or
  // longer than the heading line, so columns are paired from the right.
  const fromRight = cells.length - 1 - index;
  const heading = headings[headings.length - 1 - fromRight] ?? '';
  const serial = /^\d{1,3}$/.test(cells[0] ?? '') ? 1 : 0;
  const firstFigure = cells.findIndex((c, i) => i >= serial && isFigureCell(c));
  let nameCells = cells.slice(serial, firstFigure).filter((c) => c !== '' && unitOfCell(c) === null);
  // Three or more cells before the figures: the first is the table's category (社会救助体系).
  if (nameCells.length >= 3) nameCells = nameCells.slice(1);
  const unitCell = cells.slice(serial, firstFigure).map(unitOfCell).find((u) => u !== null) ?? null;
  const written = nameCells.map((c) => /[(（]([^()（）]+)[)）]/.exec(c)?.[1]).find((u) => u !== undefined && unitOfCell(u) !== null);
  const name = nameCells.join(' ');
  let unit = unitCell ?? (written ? unitOfCell(written) : null);
  if (unit !== 'percent' && unit !== 'per_mille') unit = unitOfNoun(unit, written ?? '', name.replace(/[(（][^()（）]*[)）]\s*$/, ''), '', 1);
  unit = adjustForContext(unit, name + (/(年均增长|增长率|增幅)/.test(heading) ? '年均增长' : ''));
  if (/(年均增长|增长率|增幅)/.test(heading)) unit = 'percent_growth';
  return { row: line, rowStart, heading, headings, name, unit };
}
