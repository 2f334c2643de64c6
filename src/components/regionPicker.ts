/**
 * The home page's region list: choosing a region and pressing the button opens
 * its page directly (without this script the form opens the regions index).
 * Nothing happens on choosing alone, so a keyboard reader can move through the
 * list without leaving the page (WCAG 3.2.2).
 */
export function enhanceRegionPicker(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-region-picker]')) {
    form.addEventListener('submit', (event) => {
      const select = form.querySelector('select');
      const path = select?.value ?? '';
      // Only a path of this site: a value is never followed off the site.
      if (!path.startsWith('/') || path.startsWith('//')) return;
      event.preventDefault();
      location.assign(path);
    });
  }
}
