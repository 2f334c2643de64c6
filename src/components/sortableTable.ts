// Sorts a table by a column when its header button is pressed. Each sortable
// cell carries data-sort (a number, or text); empty values sort last. Text sorts
// by the rules of the table's language (its closest lang attribute).

export function enhanceSortableTables(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const tbody = table.tBodies[0];
    if (!tbody) continue;
    const collator = new Intl.Collator(table.closest('[lang]')?.getAttribute('lang') || 'zh-CN');
    table.querySelectorAll<HTMLButtonElement>('th button').forEach((button) => {
      const th = button.closest('th')!;
      const col = [...th.parentElement!.children].indexOf(th);
      button.addEventListener('click', () => {
        const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        for (const other of table.querySelectorAll('th[aria-sort]')) other.setAttribute('aria-sort', 'none');
        th.setAttribute('aria-sort', dir);
        const key = (r: HTMLTableRowElement) => (r.cells[col] as HTMLElement | undefined)?.dataset['sort'] ?? r.cells[col]?.textContent ?? '';
        const rows = [...tbody.rows].sort((a, b) => {
          const ka = key(a);
          const kb = key(b);
          if (ka === '' || kb === '') return ka === kb ? 0 : ka === '' ? 1 : -1;
          const c = !Number.isNaN(Number(ka)) && !Number.isNaN(Number(kb)) ? Number(ka) - Number(kb) : collator.compare(ka, kb);
          return dir === 'ascending' ? c : -c;
        });
        tbody.append(...rows);
      });
    });
  }
}
