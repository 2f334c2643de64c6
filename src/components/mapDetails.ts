// A project's details on the interactive map: one panel inside the map box
// instead of a popup anchored to the marker. Anchored popups were clipped by
// the box on phones (a 255 px tall map, a 300 px popup); this panel is bounded
// by the box in CSS (projectMap.css), so it always fits: a bottom sheet on
// narrow screens, a card in the top-left corner on wide ones. It scrolls when
// its content is longer than the room it has.

export interface MapDetails {
  /** Shows the content; focus moves into the panel. */
  open(content: HTMLElement, opener: HTMLElement): void;
  /** Hides the panel; `returnFocus` sends focus back to the marker that opened it (not when a filter hid that marker). */
  close(returnFocus: boolean): void;
  readonly isOpen: boolean;
  /** The project's marker that opened the panel, while it is open. */
  readonly opener: HTMLElement | null;
  /** The part of the map box the panel leaves uncovered, in px relative to the box. */
  freeArea(): { left: number; top: number; right: number; bottom: number };
}

export function createMapDetails(frame: HTMLElement, id: string, closeLabel: string): MapDetails {
  const panel = document.createElement('section');
  panel.className = 'map-details';
  panel.id = `${id}-details`;
  panel.hidden = true;
  panel.tabIndex = -1;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', `${id}-details-title`);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'map-details-close';
  close.setAttribute('aria-label', closeLabel);
  close.textContent = '×';
  const body = document.createElement('div');
  body.className = 'map-details-body';
  panel.append(close, body);
  frame.append(panel);

  let opener: HTMLElement | null = null;
  const details: MapDetails = {
    open(content, by) {
      if (opener && opener !== by) opener.setAttribute('aria-expanded', 'false');
      opener = by;
      by.setAttribute('aria-expanded', 'true');
      content.querySelector('h3')?.setAttribute('id', `${id}-details-title`);
      body.replaceChildren(content);
      body.scrollTop = 0;
      panel.hidden = false;
      panel.focus({ preventScroll: true });
      // The panel may sit below the fold when the map box does: bring it, title first, into view.
      panel.scrollIntoView({ block: 'nearest' });
    },
    close(returnFocus) {
      if (!opener) return;
      const by = opener;
      opener = null;
      panel.hidden = true;
      body.replaceChildren();
      by.setAttribute('aria-expanded', 'false');
      if (returnFocus) by.focus();
    },
    get isOpen() {
      return opener !== null;
    },
    get opener() {
      return opener;
    },
    freeArea() {
      const box = frame.getBoundingClientRect();
      const area = { left: 0, top: 0, right: box.width, bottom: box.height };
      if (panel.hidden) return area;
      const p = panel.getBoundingClientRect();
      // A sheet across the bottom leaves the top; a card at the left leaves the right.
      if (p.width > box.width * 0.8) area.bottom = Math.max(0, p.top - box.top);
      else area.left = Math.min(box.width, p.right - box.left);
      return area;
    },
  };
  close.addEventListener('click', () => details.close(true));
  return details;
}
