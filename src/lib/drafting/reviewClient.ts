// The review page's browser script (bundled into the page by reviewClientBundle.ts): accept and skip
// marks, the filter, j/k/a/s shortcuts, live quote checks while a curator edits, and Save.
// Data text is only ever set as textContent or a form value, never as HTML.
import { fill } from '../i18n/fill';
import { lineStarts, quoteContext } from './quoteContext';
import { reviewCounts } from './reviewCounts';
import { both, COUNTS, DECISION_LABELS, STATUS_LABELS, TABLE_LABELS, WARNING_LABELS, type Bilingual, type Filter } from './reviewLabels';
import type { SaveFailure, SaveSuccess } from './reviewSave';

type Mark = 'y' | 'n' | '';
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const text = JSON.parse(document.getElementById('review-text')?.textContent ?? '""') as string;
const starts = lineStarts(text);
const cards = [...document.querySelectorAll<HTMLElement>('article.card')];
const statusLine = document.getElementById('status') as HTMLElement;
const saveButton = document.getElementById('save') as HTMLButtonElement;
let version = document.body.dataset['version'] ?? '';
let current = -1;
let dirty = false;

const cell = (card: HTMLElement, col: string) => card.querySelector<Control>(`[data-col="${col}"]`)!;
const markOf = (card: HTMLElement) => (card.dataset['accept'] ?? '') as Mark;

function setStatus(message: string, error = false): void {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', error);
}

function changed(): void {
  dirty = true;
  setStatus(both(STATUS_LABELS.unsaved));
}

function updateCounts(): void {
  const counts = reviewCounts(cards.map((card) => ({ accept: markOf(card), skip_reason: card.dataset['skip'] ?? '', hasWarning: card.dataset['warn'] === 'y' })));
  for (const c of COUNTS) {
    for (const el of document.querySelectorAll(`[data-count="${c}"]`)) el.textContent = String(counts[c]);
  }
}

/** Chinese, then the English in a muted span, as the page writes labels. */
function bilingual(label: Bilingual): (string | HTMLElement)[] {
  const en = document.createElement('span');
  en.lang = 'en';
  en.className = 'en';
  en.textContent = label.en;
  return [`${label.zh} `, en];
}

/** Data text in a <bdi>, as the page writes it. */
function isolated(text: string): HTMLElement {
  const bdi = document.createElement('bdi');
  bdi.textContent = text;
  return bdi;
}

function strong(child: HTMLElement): HTMLElement {
  const el = document.createElement('strong');
  el.append(child);
  return el;
}

function setMark(card: HTMLElement, mark: Mark): void {
  card.dataset['accept'] = mark;
  cell(card, 'accept').value = mark;
  for (const button of card.querySelectorAll<HTMLButtonElement>('button[data-act]')) button.setAttribute('aria-pressed', String(button.dataset['act'] === mark));
  // An accepted row is one the curator will fill in: its fields are shown.
  const fold = card.querySelector('details.edit');
  if (mark === 'y' && fold instanceof HTMLDetailsElement) fold.open = true;
  card.querySelector('.decision')?.replaceChildren(...bilingual(DECISION_LABELS[mark]));
  updateCounts();
  changed();
}

/** Pressing Accept (or a) on an accepted row takes the mark back off; Skip likewise. */
const toggle = (card: HTMLElement, mark: 'y' | 'n') => setMark(card, markOf(card) === mark ? '' : mark);

/** Re-reads a card's quote and number after an edit: the highlight, the heading and the warnings. */
function recheck(card: HTMLElement): void {
  const row = { source_quote: cell(card, 'source_quote').value, value_text: cell(card, 'value_text').value, line: Number(cell(card, 'line').value) };
  const c = quoteContext(text, starts, row);
  const q = document.createElement('q');
  q.append(c.quoteHead);
  if (c.value) {
    const mark = document.createElement('mark');
    mark.textContent = c.value;
    q.append(mark, c.quoteTail);
  }
  const bdi = document.createElement('bdi');
  bdi.append(c.before, q, c.after);
  card.querySelector('.context')?.replaceChildren(bdi);
  const table = card.querySelector<HTMLElement>('.table-head');
  if (table) {
    const column = c.table?.column ? [...bilingual(TABLE_LABELS.column), ': ', strong(isolated(c.table.column)), ' · '] : [];
    table.replaceChildren(...(c.table ? [...column, ...bilingual(TABLE_LABELS.headings), ': ', isolated(c.table.headings.join(' | '))] : []));
    table.hidden = !c.table;
  }
  const heading = card.querySelector('h2 .vt bdi');
  if (heading) heading.textContent = row.value_text;
  const list = card.querySelector<HTMLElement>('.warnings');
  if (list) {
    list.replaceChildren(...c.warnings.map((w) => {
      const li = document.createElement('li');
      li.textContent = both(WARNING_LABELS[w]);
      return li;
    }));
    list.hidden = c.warnings.length === 0;
  }
  card.dataset['warn'] = c.warnings.length ? 'y' : '';
  updateCounts();
}

function filterOf(): Filter {
  return (document.querySelector<HTMLInputElement>('input[name="filter"]:checked')?.value ?? 'all') as Filter;
}

function shows(card: HTMLElement, filter: Filter): boolean {
  switch (filter) {
    case 'proposed': return card.dataset['skip'] !== 'y';
    case 'skipped': return card.dataset['skip'] === 'y';
    case 'unreviewed': return markOf(card) === '';
    case 'warnings': return card.dataset['warn'] === 'y';
    default: return true;
  }
}

function applyFilter(): void {
  const filter = filterOf();
  for (const card of cards) (card.parentElement as HTMLElement).hidden = !shows(card, filter);
}

function focusCard(index: number): void {
  cards[current]?.classList.remove('current');
  current = index;
  const card = cards[index];
  if (!card) return;
  card.classList.add('current');
  card.focus({ preventScroll: true });
  card.scrollIntoView({ block: 'nearest' });
}

/** The next (or previous) card the filter shows. */
function step(delta: 1 | -1): void {
  for (let i = current + delta; i >= 0 && i < cards.length; i += delta) {
    if (!(cards[i]!.parentElement as HTMLElement).hidden) return focusCard(i);
  }
}

function collectRows(): Record<string, string>[] {
  return cards.map((card) => Object.fromEntries([...card.querySelectorAll<Control>('[data-col]')].map((el) => [el.dataset['col'] ?? '', el.value])));
}

function showProblems(failure: SaveFailure): void {
  for (const card of cards) {
    const p = card.querySelector<HTMLElement>('.card-error');
    if (p) p.hidden = true;
  }
  for (const problem of failure.problems ?? []) {
    const p = cards[problem.row]?.querySelector<HTMLElement>('.card-error');
    if (!p) continue;
    p.textContent = p.hidden ? problem.message : `${p.textContent}; ${problem.message}`;
    p.hidden = false;
  }
  const first = failure.problems?.[0];
  if (first && cards[first.row]) {
    (cards[first.row]!.parentElement as HTMLElement).hidden = false;
    focusCard(first.row);
  }
}

async function save(): Promise<void> {
  saveButton.disabled = true;
  setStatus(both(STATUS_LABELS.saving));
  try {
    const response = await fetch('/save', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version, rows: collectRows() }) });
    const answer = (await response.json()) as SaveSuccess | SaveFailure;
    if (!response.ok || 'message' in answer) {
      const failure = 'message' in answer ? answer : { message: response.statusText };
      showProblems(failure);
      setStatus(`${both(STATUS_LABELS.failed)}: ${failure.message}`, true);
      return;
    }
    showProblems({ message: '' });
    version = answer.version;
    dirty = false;
    setStatus(`${fill(STATUS_LABELS.saved.zh, { ...answer })} · ${fill(STATUS_LABELS.saved.en, { ...answer })}`);
  } catch (e) {
    setStatus(`${both(STATUS_LABELS.failed)}: ${String(e)}`, true);
  } finally {
    saveButton.disabled = false;
  }
}

/** Keys typed into a text field or a select are theirs; on a button, radio or card they are shortcuts. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLInputElement ? !['radio', 'checkbox', 'button'].includes(target.type)
    : target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement);

document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
    e.preventDefault();
    void save();
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
  const card = cards[current];
  if (e.key === 'j') step(1);
  else if (e.key === 'k') step(-1);
  else if ((e.key === 'a' || e.key === 's') && card) toggle(card, e.key === 'a' ? 'y' : 'n');
  else return;
  e.preventDefault();
});

cards.forEach((card, i) => {
  card.addEventListener('focusin', () => {
    if (current !== i) {
      cards[current]?.classList.remove('current');
      current = i;
      card.classList.add('current');
    }
  });
  card.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-act]');
    if (button) toggle(card, button.dataset['act'] === 'y' ? 'y' : 'n');
  });
  card.addEventListener('input', (e) => {
    const col = (e.target as HTMLElement).dataset['col'];
    if (col === 'source_quote' || col === 'value_text') recheck(card);
    changed();
  });
});
document.querySelectorAll('input[name="filter"]').forEach((radio) => radio.addEventListener('change', applyFilter));
saveButton.addEventListener('click', () => void save());
window.addEventListener('beforeunload', (e) => {
  if (dirty) e.preventDefault();
});
