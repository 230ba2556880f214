// Reusing the GEXF text of the nodes and edges that did not change since the previous build: writing the
// GEXF of the vi graph (125k nodes, 230 MB) costs ~2.5 s, most of which a one-file rebuild spends on text it
// wrote before. An element's GEXF text is a function of its graphology serialization (its piece of
// graph.json, which is written first) and of what gexfChunks calls the fingerprint, and of the writer's code.
// So each build records, beside graph.gexf (<out>/.gexf-pieces.json), the SHA-1 of every element's JSON with
// the place of its text in graph.gexf; the next build copies the text of every element whose JSON hash is
// there, when the fingerprint and the writer's code are the same and graph.gexf is the very file recorded
// (same size, times and inode: the record is written after the rename, so a build killed in between, or a
// graph.gexf edited by hand, just means no reuse). Elements whose JSON holds `null` (which a NaN or an
// absent value would also give) are always written afresh.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../export/write-atomic.js';
import { statKey } from './file-index.js';

export const piecesPath = (out: string) => join(out, '.gexf-pieces.json');

interface PiecesFile {
  writer: string;
  /** statKey of graph.gexf once renamed into place. */
  gexf: string;
  fingerprint: string;
  /** The SHA-1 digests of the elements' JSON, 20 bytes each, in base64; all zero for an element not recorded. */
  hashes: string;
  offsets: number[];
  lengths: number[];
}

// The code that produces GEXF text: export/ beside the running code (src/ under tsx or vitest, dist/ compiled).
const EXPORT_DIR = fileURLToPath(new URL('../export', import.meta.url));

let writer: string | undefined;

/** A hash of the GEXF and JSON writers' code as it is on disk. */
function writerVersion(): string {
  if (writer) return writer;
  const h = createHash('sha256');
  for (const name of readdirSync(EXPORT_DIR).sort()) {
    if (name.endsWith('.map')) continue;
    h.update(name).update('\0').update(readFileSync(join(EXPORT_DIR, name))).update('\0');
  }
  writer = h.digest('hex').slice(0, 16);
  return writer;
}

const NONE = Buffer.alloc(20).toString('latin1');

export class GexfReuse {
  /** SHA-1 (latin1) of each element's JSON in this build, NONE when it is not to be reused. */
  private readonly hashes: string[] = [];
  private fingerprint = '';
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  /** Elements reused in this build. */
  reused = 0;
  /** The element whose piece gexfChunks yields next (-1: none). */
  private next = -1;

  private constructor(private readonly previous?: { fingerprint: string; byHash: Map<string, number>; file: PiecesFile; bytes: Buffer }) {}

  /** What the previous build in `out` recorded, when it still describes `out`/graph.gexf. */
  static load(out: string): GexfReuse {
    try {
      const gexf = join(out, 'graph.gexf');
      if (!existsSync(piecesPath(out))) return new GexfReuse();
      const file = JSON.parse(readFileSync(piecesPath(out), 'utf8')) as PiecesFile;
      if (file.writer !== writerVersion() || file.gexf !== statKey(statSync(gexf))) return new GexfReuse();
      const bytes = readFileSync(gexf);
      const digests = Buffer.from(file.hashes, 'base64');
      const byHash = new Map<string, number>();
      for (let i = 0; i < file.offsets.length; i++) {
        const h = digests.toString('latin1', 20 * i, 20 * i + 20);
        if (h !== NONE && file.offsets[i] + file.lengths[i] <= bytes.length) byHash.set(h, i);
      }
      return new GexfReuse({ fingerprint: file.fingerprint, byHash, file, bytes });
    } catch {
      return new GexfReuse();
    }
  }

  /** For jsonChunks: remembers the hash of each element's JSON. */
  readonly onJson = (index: number, json: string): void => {
    this.hashes[index] = json.includes('null') ? NONE : createHash('sha1').update(json).digest('binary');
  };

  /** For gexfChunks' `reuse`. */
  readonly reuse = (fingerprint: string): ((index: number) => Uint8Array | undefined) | undefined => {
    this.fingerprint = fingerprint;
    const p = this.previous;
    if (!p || p.fingerprint !== fingerprint) return undefined;
    return (index) => {
      const h = this.hashes[index];
      const j = h === undefined || h === NONE ? undefined : p.byHash.get(h);
      if (j === undefined) return undefined;
      this.reused++;
      return p.bytes.subarray(p.file.offsets[j], p.file.offsets[j] + p.file.lengths[j]);
    };
  };

  /** For gexfChunks' `onElement`. */
  readonly onElement = (index: number): void => {
    this.next = index;
  };

  /** gexfChunks' pieces (with `onElement` and `reuse` from here), noting where each element's text lands. */
  *track(chunks: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
    let bytes = 0;
    for (const chunk of chunks) {
      const length = typeof chunk === 'string' ? Buffer.byteLength(chunk, 'utf8') : chunk.length;
      if (this.next >= 0) {
        this.offsets[this.next] = bytes;
        this.lengths[this.next] = length;
        this.next = -1;
      }
      bytes += length;
      yield chunk;
    }
  }

  /** Records this build's pieces beside `out`/graph.gexf, once it is in place (best effort). */
  async save(out: string): Promise<void> {
    try {
      const digests = Buffer.alloc(20 * this.offsets.length);
      for (let i = 0; i < this.offsets.length; i++) digests.write(this.hashes[i] ?? NONE, 20 * i, 'latin1');
      const file: PiecesFile = {
        writer: writerVersion(),
        gexf: statKey(statSync(join(out, 'graph.gexf'))),
        fingerprint: this.fingerprint,
        hashes: digests.toString('base64'),
        offsets: this.offsets,
        lengths: this.lengths,
      };
      await writeFileAtomic(piecesPath(out), JSON.stringify(file));
    } catch {
      // without the record the next build writes every element afresh
    }
  }
}
