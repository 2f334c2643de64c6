/**
 * A chart's PNG, drawn in the reader's browser from the chart's SVG file (the one the SVG link
 * downloads) at twice its size on white, with the site's subset of Noto Sans SC embedded so the
 * text looks as it does in the SVG on any machine. The site ships no PNG per chart: a file per
 * chart and edition was two thirds of the site's bytes.
 */
const dataUrls = new Map<string, Promise<string>>();

/** A same-origin file as a data: URL (an SVG drawn as an image may load nothing else), fetched once per page. */
function dataUrlOf(url: string): Promise<string> {
  let hit = dataUrls.get(url);
  if (!hit) {
    hit = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.blob();
      })
      .then((blob) => new Promise<string>((ok, fail) => {
        const reader = new FileReader();
        reader.onload = () => ok(String(reader.result));
        reader.onerror = () => fail(reader.error);
        reader.readAsDataURL(blob);
      }));
    dataUrls.set(url, hit);
  }
  return hit;
}

export interface ChartFont {
  url: string;
  weight: number;
}

/** The SVG with @font-face rules for the chart font, as data: URLs, right after its opening tag. */
export async function withEmbeddedFonts(svg: string, fonts: readonly ChartFont[]): Promise<string> {
  const faces = await Promise.all(fonts.map(async (f) => `@font-face{font-family:'Noto Sans SC';font-weight:${f.weight};src:url(${await dataUrlOf(f.url)}) format('woff2')}`));
  const open = svg.indexOf('>', svg.indexOf('<svg')) + 1;
  return `${svg.slice(0, open)}<style>${faces.join('')}</style>${svg.slice(open)}`;
}

/** The PNG of an SVG file at `scale`×, on white. */
export async function pngOfSvg(svg: string, scale = 2): Promise<Blob> {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('the SVG names no width and height');
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((ok, fail) => canvas.toBlob((blob) => (blob ? ok(blob) : fail(new Error('the canvas made no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name, as a link with `download` would. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
