// The files of a corpus folder: .txt and .md, found recursively in a fixed order, links followed
// (loops detected), hidden files and folders skipped.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Problem } from '../types.js';
import { readErrorProblem } from './read-error-problem.js';

export interface CorpusFile {
  /** Where to read it. */
  path: string;
  /** Path relative to the corpus root with "/" separators (for a root that is a file: its name). */
  id: string;
}

const TEXT_FILE = /\.(?:txt|md)$/i;
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Walks `root` in sorted order (by name, code unit order, depth first) and yields its .txt and .md
 * files, or problems: unreadable folders, links to nothing, and links that loop back to a folder being
 * read (each reported once, where the link is). A folder reached a second time through another link is
 * not read again. A root that is a file is yielded itself. A root that does not exist throws.
 */
export async function* listCorpus(root: string): AsyncGenerator<CorpusFile | Problem> {
  const st = await stat(root);
  if (!st.isDirectory()) {
    yield { path: root, id: basename(root) };
    return;
  }
  const seen = new Map<string, string>(); // realpath of each folder read -> its id
  yield* walk(root, '', [], seen);
}

async function* walk(dir: string, id: string, ancestors: string[], seen: Map<string, string>): AsyncGenerator<CorpusFile | Problem> {
  const label = id === '' ? '.' : id;
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(dir);
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byCodeUnits(a.name, b.name));
  } catch (err) {
    yield readErrorProblem(label, err, 'folder');
    return;
  }
  seen.set(real, label);
  const stack = [...ancestors, real];
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const childId = id === '' ? name : `${id}/${name}`;
    let isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDirectory = (await stat(path)).isDirectory(); // follows the link
      } catch (err) {
        // a link to nothing, or removed meanwhile: reported only when it would have been read
        if (TEXT_FILE.test(name) || (err as NodeJS.ErrnoException).code === 'ELOOP') yield readErrorProblem(childId, err);
        continue;
      }
    }
    if (isDirectory) {
      let childReal: string;
      try {
        childReal = await realpath(path);
      } catch (err) {
        yield readErrorProblem(childId, err, 'folder');
        continue;
      }
      if (stack.includes(childReal)) {
        yield {
          file: childId,
          message: `link loop: leads back to ${seen.get(childReal) === "." ? "the corpus folder" : `"${seen.get(childReal)}"`}, which contains it; not followed`,
          hint: 'remove the link, or point it outside the corpus',
          skipped: true,
        };
        continue;
      }
      if (seen.has(childReal)) continue; // the same folder through another link: its files are already listed
      yield* walk(path, childId, stack, seen);
    } else if (TEXT_FILE.test(name)) {
      yield { path, id: childId };
    }
  }
}
