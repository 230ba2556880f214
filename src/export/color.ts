// CSS colours as GEXF viz:color channels.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** Alpha in [0, 1], when the colour has one. */
  a?: number;
}

const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(\d*\.?\d+)\s*)?\)$/i;
const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** The colours parsed so far: a graph has few (one per kind), written on ~125k nodes of the vi bench. */
const parsed = new Map<string, Readonly<Rgba> | undefined>();

/** "rgb(r,g,b)", "rgba(r,g,b,a)", "#rgb", "#rrggbb" or "#rrggbbaa" as channels; undefined otherwise. */
export function parseColor(color: unknown): Readonly<Rgba> | undefined {
  if (typeof color !== 'string') return undefined;
  let c = parsed.get(color);
  if (c !== undefined || parsed.has(color)) return c;
  c = parseColorText(color);
  if (parsed.size >= 1024) parsed.clear();
  parsed.set(color, c && Object.freeze(c));
  return c;
}

function parseColorText(color: string): Rgba | undefined {
  const s = color.trim();
  let m = RGB.exec(s);
  if (m) {
    const [r, g, b] = [+m[1], +m[2], +m[3]];
    if (r > 255 || g > 255 || b > 255) return undefined;
    if (m[4] === undefined) return { r, g, b };
    const a = +m[4];
    return a <= 1 ? { r, g, b, a } : undefined;
  }
  m = HEX.exec(s);
  if (m) {
    let hex = m[1];
    if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
    const channel = (i: number): number => parseInt(hex.slice(i, i + 2), 16);
    const rgb = { r: channel(0), g: channel(2), b: channel(4) };
    return hex.length === 8 ? { ...rgb, a: Math.round((channel(6) / 255) * 1000) / 1000 } : rgb;
  }
  return undefined;
}
