import { compareQuery, parseCompareState, type CompareMessages } from '../lib/compare/urlState';

// The comparison is prebuilt with every region and concept; this only shows
// the reader's selection and keeps it in the URL (?regions=…&concepts=…).

export function enhanceCompare(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-compare-form]');
  const problemsBox = root.querySelector<HTMLElement>('[data-compare-problems]');
  if (!form) return;
  const knownRegions = (form.dataset['regions'] ?? '').split(',').filter(Boolean);
  const knownConcepts = (form.dataset['concepts'] ?? '').split(',').filter(Boolean);
  // The messages in the page's language, rendered by CompareSelector.astro.
  const messages: CompareMessages = {
    unknownRegions: form.dataset['msgUnknownRegions'] ?? '{codes}',
    unknownConcepts: form.dataset['msgUnknownConcepts'] ?? '{codes}',
    needTwo: form.dataset['msgNeedTwo'] ?? '',
    listSeparator: form.dataset['msgListSeparator'] ?? ', ',
  };
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];

  const show = (regions: string[], concepts: string[]) => {
    for (const block of root.querySelectorAll<HTMLElement>('[data-concept]')) {
      block.hidden = !concepts.includes(block.dataset['concept'] ?? '');
      for (const row of block.querySelectorAll<HTMLElement>('.cmp-row')) row.hidden = !regions.includes(row.dataset['region'] ?? '');
    }
    for (const cell of root.querySelectorAll<HTMLElement>('[data-matrix-region]')) cell.hidden = !regions.includes(cell.dataset['matrixRegion'] ?? '');
  };

  const state = parseCompareState(location.search, knownRegions, knownConcepts, messages);
  for (const b of boxes('region')) b.checked = state.regions.includes(b.value);
  for (const b of boxes('concept')) b.checked = state.concepts.includes(b.value);
  if (problemsBox) problemsBox.textContent = state.problems.join(' ');
  show(state.regions, state.concepts);
  form.classList.remove('pending');

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    form.dispatchEvent(new Event('change'));
  });
  form.addEventListener('change', () => {
    const regions = boxes('region').filter((b) => b.checked).map((b) => b.value);
    const concepts = boxes('concept').filter((b) => b.checked).map((b) => b.value);
    if (problemsBox) problemsBox.textContent = regions.length < 2 ? messages.needTwo : '';
    show(regions, concepts);
    history.replaceState(null, '', `${location.pathname}${compareQuery({ regions, concepts }, knownRegions, knownConcepts)}`);
  });
}
