// Keys for graph nodes: diacritics folded (đ → d), lower case, words joined by "-".

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

// names repeat across a corpus ("Donald Trump" in 1,834 vi articles), and a slug costs a normalization and four
// replacements: remember each (bounded: cleared when full)
const slugs = new Map<string, string>();

export function slug(s: string): string {
  let v = slugs.get(s);
  if (v === undefined) {
    if (slugs.size >= 100_000) slugs.clear();
    slugs.set(s, (v = fold(s).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'x'));
  }
  return v;
}

/** A short stable hash (FNV-1a, 32 bits, hex) of a string. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
