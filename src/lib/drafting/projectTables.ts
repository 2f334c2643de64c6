// Projects listed in a table: the cleaned texts keep a row on one line, cells joined by " | ",
// under a heading line. A project table is found by its headings (项目名称 with 投资, 建设地点,
// 建设内容, 建设周期, 实施主体 …), whatever their order, and each heading gets a role by its words.
// Cells a cleaning split over several lines (a long name or implementer wrapped in the original)
// make rows longer than the heading; such rows are read around their description cell.
import type { MoneyUnit } from '../data/moneyCny';
import { projectRowOf, type ProjectDraftRow } from './projectDraftRow';
import { figuresIn, moneyOfCell, yearOfCell, yearRangeIn, type MoneyKind, type ProjectFigures } from './projectFigures';
import { categoryOfWords, joinOrganisations, namesConstruction, natureOfWords, startsWithPlace, townshipIn } from './projectWords';
import { lineNumberAt } from './textParts';

type MoneyRole = `money_${MoneyKind}`;
type Role = 'serial' | 'category' | 'name' | 'nature' | 'location' | 'content' | MoneyRole | 'start' | 'end' | 'period' | 'implementer' | 'status' | 'other';

/** The role of a column by its heading's words (checked in this order: 项目类别 is a category, 项目进展 a status). */
export function roleOfHeading(heading: string): Role {
  const h = heading.replace(/\s/g, '');
  if (/序号|编号/.test(h)) return 'serial';
  if (/类别|类型|领域/.test(h)) return 'category';
  if (/进展|进度|状态|现状/.test(h)) return 'status';
  if (/性质/.test(h)) return 'nature';
  if (/地点|地址|选址|位置/.test(h)) return 'location';
  if (/投资|资金|金额|经费|预算/.test(h)) {
    if (/累计|已完成|完成投资|至\d{4}/.test(h)) return 'money_to_date';
    if (/总投资|投资总额|总额/.test(h)) return 'money_total';
    if (/年度|每年|年均/.test(h)) return 'money_annual';
    if (/计划|十四五|期内|期间|规划期/.test(h)) return 'money_in_period';
    return 'money_total';
  }
  if (/开工|起始|开始/.test(h)) return 'start';
  if (/竣工|完工|建成|结束/.test(h)) return 'end';
  if (/起止|年限|周期|期限|建设期|实施期|时间/.test(h)) return 'period';
  if (/主体|单位|业主|责任|实施/.test(h)) return 'implementer';
  if (/内容|规模|概况/.test(h)) return 'content';
  if (/名称/.test(h) || /^(项目|工程)$/.test(h)) return /指标/.test(h) ? 'other' : 'name';
  return 'other';
}

const PROJECT_ROLES: readonly Role[] = ['nature', 'location', 'content', 'money_total', 'money_in_period', 'money_to_date', 'money_annual', 'start', 'end', 'period', 'implementer', 'status'];

const isTableLine = (line: string) => line.includes(' | ') || /\S \|$/.test(line);
const cellsOf = (line: string) => line.replace(/\s*\|\s*$/, '').split('|').map((c) => c.trim());
const isFigureCell = (cell: string) => /^[\d.,/%—–\-\s年月万亿元]+$/.test(cell) && /\d/.test(cell);

interface Heading {
  texts: string[];
  roles: Role[];
}

/** A heading line of a project table: a name column and at least two other project columns, no figures. */
function headingOf(line: string): Heading | null {
  if (!isTableLine(line)) return null;
  const raw = cellsOf(line);
  if (raw.length < 3 || raw.some(isFigureCell)) return null;
  // A heading cell that is only a parenthesis ("(重点工作)") continues the one before it.
  const texts: string[] = [];
  for (const cell of raw) {
    if (/^[(（][^()（）]*[)）]$/.test(cell) && texts.length > 0) texts[texts.length - 1] += cell;
    else texts.push(cell);
  }
  const roles = texts.map(roleOfHeading);
  if (!roles.includes('name') || roles.filter((r) => PROJECT_ROLES.includes(r)).length < 2) return null;
  return { texts, roles };
}

type Pieces = Partial<Record<Role, string[]>>;
const push = (pieces: Pieces, role: Role, ...cells: string[]) => (pieces[role] ??= []).push(...cells.filter((c) => c !== ''));

/** Money cells hold a number or a dash; year cells a year. A wrapped row's cells are matched to columns by this. */
function fits(role: Role, cell: string): boolean {
  if (role.startsWith('money_')) return cell === '' || /\d|^[/—–\-无]+$/.test(cell);
  if (role === 'start' || role === 'end' || role === 'period') return cell === '' || /\d{4}/.test(cell) || /^[/—–\-]+$/.test(cell);
  return true;
}

/** Cells left of the description: serial, category (only when the table repeats it), name pieces, then one cell per other column. */
function mapLeft(pieces: Pieces, cells: string[], roles: Role[], isCategory: (cell: string, rest: string) => boolean): void {
  const rest = [...cells];
  const rs = [...roles];
  if (rs[0] === 'serial') {
    rs.shift();
    if (/^\d{1,3}$/.test(rest[0] ?? '')) push(pieces, 'serial', rest.shift()!);
  }
  const hasCategory = rs.includes('category');
  const others = rs.filter((r) => r !== 'category');
  const nameAt = others.indexOf('name');
  if (nameAt < 0) return;
  for (const r of others.slice(nameAt + 1).reverse()) if (rest.length > 1) push(pieces, r, rest.pop()!);
  for (const r of others.slice(0, nameAt)) if (rest.length > 1) push(pieces, r, rest.shift()!);
  if (hasCategory && rest.length > 1 && isCategory(rest[0]!, rest.slice(1).join(''))) push(pieces, 'category', rest.shift()!);
  push(pieces, 'name', ...rest);
}

/** Cells right of the description, in column order; a column whose cells do not fit is passed; extra cells join the last column. */
function mapRight(pieces: Pieces, cells: string[], roles: Role[]): void {
  let i = 0;
  for (const cell of cells) {
    while (i < roles.length - 1 && !fits(roles[i]!, cell)) i += 1;
    push(pieces, roles[i] ?? 'other', cell);
    if (i < roles.length - 1) i += 1;
  }
}

/** A row whose cells do not line up with the headings, read around its description (its longest cell). */
function mapWrapped(cells: string[], roles: Role[], isCategory: (cell: string, rest: string) => boolean): Pieces {
  const pieces: Pieces = {};
  const c = roles.indexOf('content');
  if (c < 0) {
    // No description column: figures sit at the right, so pair the columns after the name from the right.
    const nameAt = roles.indexOf('name');
    const tail = roles.slice(nameAt + 1);
    const split = Math.max(1, cells.length - tail.length);
    mapLeft(pieces, cells.slice(0, split), roles.slice(0, nameAt + 1), isCategory);
    tail.forEach((r, i) => push(pieces, r, cells[split + i] ?? ''));
    return pieces;
  }
  const longest = cells.reduce((best, cell, i) => (cell.length > (cells[best] ?? '').length ? i : best), 0);
  push(pieces, 'content', cells[longest]!);
  mapLeft(pieces, cells.slice(0, longest), roles.slice(0, c), isCategory);
  mapRight(pieces, cells.slice(longest + 1), roles.slice(c + 1));
  return pieces;
}

function mapAligned(cells: string[], roles: Role[]): Pieces {
  const pieces: Pieces = {};
  roles.forEach((r, i) => push(pieces, r, cells[i] ?? ''));
  return pieces;
}

/** The unit a money column's heading writes: 规划总投资(万元). */
function columnUnitOf(heading: string): MoneyUnit | null {
  if (/亿元/.test(heading)) return 'yi_yuan';
  if (/万元/.test(heading)) return 'wan_yuan';
  if (/[(（]元[)）]/.test(heading)) return 'yuan';
  return null;
}

const MONEY_KINDS: readonly MoneyKind[] = ['total', 'in_period', 'to_date', 'annual'];

function figuresOfRow(pieces: Pieces, heading: Heading): ProjectFigures {
  const content = (pieces.content ?? []).join(' ');
  const figures = figuresIn(content);
  const moneyColumns = heading.roles.some((r) => r.startsWith('money_'));
  // A money column is the table's own figure; the description's amounts are then parts or repeats.
  if (moneyColumns) figures.money = {};
  for (const kind of MONEY_KINDS) {
    const cell = (pieces[`money_${kind}`] ?? []).join('');
    if (!cell) continue;
    const unit = columnUnitOf(heading.texts[heading.roles.indexOf(`money_${kind}`)] ?? '');
    const found = moneyOfCell(cell, unit);
    if (found) figures.money[found.perYear ? 'annual' : kind] ??= found.money;
  }
  const start = yearOfCell((pieces.start ?? []).join(''));
  const end = yearOfCell((pieces.end ?? []).join(''));
  const periodCell = (pieces.period ?? []).join('');
  const period = yearRangeIn(periodCell) ?? (yearOfCell(periodCell) === null ? null : { start_year: yearOfCell(periodCell)!, end_year: yearOfCell(periodCell)! });
  if (start !== null || end !== null) Object.assign(figures, { start_year: start, end_year: end });
  else if (period) Object.assign(figures, period);
  return figures;
}

interface TableRow {
  line: string;
  at: number;
  cells: string[];
  label: string | null;
}

/** Lines after a heading that belong to its table: rows, and short group labels between them (养老服务). */
function rowsBelow(lines: readonly string[], offsets: readonly number[], from: number): TableRow[] {
  const rows: TableRow[] = [];
  let label: string | null = null;
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (headingOf(line)) break;
    if (isTableLine(line)) rows.push({ line, at: offsets[i]!, cells: cellsOf(line), label });
    else if (line.trim().length > 0 && line.trim().length <= 16 && !/[。,，;；:：]/.test(line)) label = line.trim();
    else break;
  }
  return rows;
}

/** One draft row per row of every project table of the text. */
export function projectsFromTables(text: string, docId: string): ProjectDraftRow[] {
  const lines = text.split('\n');
  const offsets: number[] = [];
  lines.reduce((at, line) => (offsets.push(at), at + line.length + 1), 0);
  const out: ProjectDraftRow[] = [];
  lines.forEach((line, i) => {
    const heading = headingOf(line);
    if (!heading) return;
    const rows = rowsBelow(lines, offsets, i + 1);
    const regular = rows.every((r) => r.cells.length === heading.roles.length);
    // A category column repeats its values (养老服务, 殡葬服务); a wrapped name's first piece does
    // not. A piece is a category too when the name after it stands on its own: it begins with a
    // place (殡葬服务 | 常州市殡仪馆) or names a field itself (社区建设 | 社区综合服务 | 中心功能优化).
    const firsts = rows.map((r) => r.cells[/^\d{1,3}$/.test(r.cells[0] ?? '') ? 1 : 0] ?? '');
    const isCategory = (cell: string, rest: string) =>
      firsts.filter((f) => f === cell).length >= 2 || (!startsWithPlace(cell) && (startsWithPlace(rest) || categoryOfWords([rest]) !== 'other'));
    for (const row of rows) {
      const pieces = regular ? mapAligned(row.cells, heading.roles) : mapWrapped(row.cells, heading.roles, isCategory);
      const name = (pieces.name ?? []).join('');
      if (!name) continue;
      const content = (pieces.content ?? []).join(' ');
      const figures = figuresOfRow(pieces, heading);
      const location = (pieces.location ?? []).join(' ') || figures.location;
      const natureCell = (pieces.nature ?? []).join('');
      const nature = natureCell
        ? natureOfWords(natureCell) ?? 'new'
        : !namesConstruction(name) || figures.money.annual
          ? 'programme'
          : natureOfWords(name + content) ?? 'new';
      out.push(projectRowOf({
        name,
        category: categoryOfWords([name, (pieces.category ?? []).join(''), row.label ?? '', content]),
        nature,
        location: location || null,
        township: townshipIn(location ?? '') ?? townshipIn(name),
        figures,
        status: (pieces.status ?? []).join(' ') || null,
        implementer: joinOrganisations(pieces.implementer ?? []) || null,
        quote: row.line,
        quoteStart: row.at,
        line: lineNumberAt(text, row.at),
        docId,
      }));
    }
  });
  return out;
}
