// Offices outside public life (lexicons/en/titles.json "private"): an analyst, an economist, a firm's executive, a
// player or a coach. A meeting of no one but such people is none of public life (resolve-doc.ts).

import titlesData from '../../lexicons/en/titles.json' with { type: 'json' };

const HEADS = new Set(titlesData.heads.map((w) => w.toLowerCase()));
const PRIVATE = new Set(titlesData.private.map((w) => w.toLowerCase()));

/** Whether every office head word of `title` is a private one ("chief economist", "analyst"; not "trade minister"). */
export function isPrivateOffice(title: string): boolean {
  const heads = title.toLowerCase().split(/[\s-]+/u).filter((w) => HEADS.has(w) || PRIVATE.has(w));
  return heads.length > 0 && heads.every((w) => PRIVATE.has(w));
}
