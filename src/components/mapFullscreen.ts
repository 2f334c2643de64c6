// Full screen for the map box as a CSS full-viewport mode (projectMap.css),
// not the Fullscreen API: iPhones do not offer that API for anything but
// video, and this way the details panel and the controls stay in the box.
import type { IControl, Map as MaplibreMap } from 'maplibre-gl';

export class FullscreenToggle implements IControl {
  readonly #frame: HTMLElement;
  readonly #label: string;
  readonly #onChange: (on: boolean) => void;
  #container: HTMLElement | null = null;
  #button: HTMLButtonElement | null = null;

  constructor(frame: HTMLElement, label: string, onChange: (on: boolean) => void) {
    this.#frame = frame;
    this.#label = label;
    this.#onChange = onChange;
  }

  get isOn(): boolean {
    return this.#frame.classList.contains('is-fullscreen');
  }

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-fullscreen maplibregl-ctrl-fullscreen';
    // MapLibre's own icons: its stylesheet draws them by these classes.
    const icon = document.createElement('span');
    icon.className = 'maplibregl-ctrl-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    // One name, its state in aria-pressed: a toggle's name does not change.
    button.setAttribute('aria-label', this.#label);
    button.title = this.#label;
    button.addEventListener('click', () => this.set(!this.isOn));
    container.append(button);
    this.#container = container;
    this.#button = button;
    this.#pressed();
    return container;
  }

  onRemove(_map: MaplibreMap): void {
    this.#container?.remove();
  }

  set(on: boolean): void {
    if (on === this.isOn) return;
    this.#frame.classList.toggle('is-fullscreen', on);
    // The page behind must not scroll under a full-viewport map.
    document.documentElement.classList.toggle('map-fullscreen-open', on);
    this.#pressed();
    this.#onChange(on);
  }

  #pressed(): void {
    this.#button?.setAttribute('aria-pressed', String(this.isOn));
    this.#button?.classList.toggle('maplibregl-ctrl-fullscreen', !this.isOn);
    this.#button?.classList.toggle('maplibregl-ctrl-shrink', this.isOn);
  }
}
