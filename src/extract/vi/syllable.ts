// Is a word a possible Vietnamese syllable? Foreign names ("Canon", "Mitarai", "Fijio") are not;
// "An", "Quốc", "Nguyễn" are. Used to tell an organization's name from the foreign name after it.

const BASE = (w: string) =>
  w
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '') // tone marks
    .normalize('NFC')
    .toLowerCase();

const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?(uyê|ươ|uô|iê|yê|oa|oă|oe|uâ|uê|uy|ưa|ia|ua|ai|ao|au|ây|âu|ay|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu|uơ|oo|[aăâeêioôơuưy])(i|y|u|o)?(ch|ng|nh|[cmnpt])?$/u;

// words repeat across a corpus, and the test above costs two normalizations: remember each answer (bounded:
// cleared when full)
const answers = new Map<string, boolean>();

export function isVietnameseSyllable(word: string): boolean {
  let v = answers.get(word);
  if (v === undefined) {
    if (answers.size >= 100_000) answers.clear();
    answers.set(word, (v = SYLLABLE.test(BASE(word))));
  }
  return v;
}
