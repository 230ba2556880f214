// A corpus folder to documents: listCorpus + readDoc, with duplicates (same text) dropped.
import type { Problem } from '../types.js';
import { listCorpus } from './list-corpus.js';
import { readDoc, type ReadOptions, type ReadResult } from './read-doc.js';

/**
 * Reads every document of the corpus at `root` in listCorpus order. Yields one result per file (a doc,
 * or the problems that made it skipped) and one per listing problem (no doc). A file whose text equals
 * an earlier file's is skipped and reported once as "duplicate of <first file>".
 */
export async function* readCorpus(root: string, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const firstByHash = new Map<string, string>();
  for await (const item of listCorpus(root)) {
    if (!('path' in item)) {
      yield { problems: [item as Problem] };
      continue;
    }
    const result = readDoc(item.path, item.id, opts);
    if (result.doc && result.hash) {
      const first = firstByHash.get(result.hash);
      if (first !== undefined) {
        yield {
          problems: [{
            file: item.id,
            message: `duplicate of ${first} (the same text); counted once`,
            hint: 'remove one of the two copies',
            skipped: true,
          }],
        };
        continue;
      }
      firstByHash.set(result.hash, item.id);
    }
    yield result;
  }
}
