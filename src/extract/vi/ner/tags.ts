// The BIO tag set over syllable tokens, and spans from a tag sequence.

export type NerType = 'PERSON' | 'LOCATION' | 'ORGANIZATION' | 'MISCELLANEOUS';

export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
}

export const TYPES: readonly NerType[] = ['PERSON', 'LOCATION', 'ORGANIZATION', 'MISCELLANEOUS'];

/** 0 is O; type k has B = 1 + 2k and I = 2 + 2k. */
export const N_TAGS = 1 + 2 * TYPES.length;

export const isInside = (tag: number): boolean => tag > 0 && tag % 2 === 0;

/** An I tag may only follow the B or I of its own type. */
export function allowed(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev === tag || prev === tag - 1;
}

/** Spans of the tokens [from, to) tagged with `tags` (offsets into the text). */
export function spansOf(tags: Int32Array | number[], start: Int32Array, end: Int32Array, from: number, to: number, out: NerSpan[]): void {
  let open = -1;
  let type = 0;
  for (let i = from; i <= to; i++) {
    const t = i < to ? tags[i - from] : 0;
    if (open >= 0 && !(isInside(t) && t === 2 + 2 * type)) {
      out.push({ start: start[open], end: end[i - 1], type: TYPES[type] });
      open = -1;
    }
    if (t > 0 && !isInside(t)) {
      open = i;
      type = (t - 1) >> 1;
    }
  }
}
