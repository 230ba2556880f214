// Writing output files so that an interrupted run never leaves a half-written one: each file is written
// to a temporary file in the same folder, flushed to disk, then renamed over the old one.

import { randomBytes } from 'node:crypto';
import { readSync } from 'node:fs';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file's text, its pieces (text, or bytes of another file copied as they are), or something that writes it. */
export type FileData = string | Iterable<string | FileRange> | AsyncIterable<string> | WriteTo;

/** The bytes [from, to) of the open file `fd`. */
export interface FileRange {
  fd: number;
  from: number;
  to: number;
}

/** Data that writes itself, whole, to the open file (e.g. from another thread: graph-files.ts). */
export interface WriteTo {
  writeTo(fd: number): Promise<void>;
}

/** Bytes written to the file at a time. */
const BATCH = 1 << 22;

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files that runs killed before they could clean up left beside `path`. */
async function removeStaleTemps(path: string): Promise<void> {
  const dir = dirname(path);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (m && m[1] === basename(path) && !isRunning(+m[2])) await rm(join(dir, name), { force: true });
  }
}

async function writeAll(fh: import('node:fs/promises').FileHandle, buf: Uint8Array, length = buf.length): Promise<void> {
  let offset = 0;
  while (offset < length) {
    const { bytesWritten } = await fh.write(buf, offset, length - offset);
    offset += bytesWritten;
  }
}

interface Temp {
  tmp: string;
  /** Settles when the file is flushed to disk and closed. */
  synced: Promise<void>;
}

/**
 * Writes `data` (a string or its chunks) to a new temporary file beside `path`; returns its path and the
 * flush to disk, still running: the next file can be produced meanwhile (the disk works while the CPU does).
 */
async function writeTemp(path: string, data: FileData): Promise<Temp> {
  const tmp = tempPath(path);
  const fh = await open(tmp, 'wx');
  let writing: Promise<Buffer> | undefined; // a buffer being written
  try {
    if (typeof data === 'string') {
      await writeAll(fh, Buffer.from(data, 'utf8'));
    } else if ('writeTo' in data) {
      await data.writeTo(fh.fd);
    } else {
      // chunks are encoded straight into one of two reused buffers: no joined strings, no buffer per chunk;
      // a full buffer is written while the other one fills (the disk works while the CPU does)
      const spare: Buffer[] = [Buffer.allocUnsafe(BATCH)];
      let buf: Buffer = Buffer.allocUnsafe(BATCH);
      let used = 0;
      // writes the full buffer while the other one fills
      const writeOut = async (room: number) => {
        if (writing) spare.push(await writing);
        const full = buf;
        writing = writeAll(fh, full, used).then(() => full);
        writing.catch(() => undefined); // awaited before the next write or at the end
        buf = spare.pop()!;
        used = 0;
        if (room > buf.length) buf = Buffer.allocUnsafe(room);
      };
      const put = async (chunk: string | FileRange) => {
        if (typeof chunk === 'string') {
          // UTF-8 takes at most 3 bytes per UTF-16 code unit
          if (used + 3 * chunk.length > buf.length) await writeOut(3 * chunk.length);
          used += buf.write(chunk, used, 'utf8');
          return;
        }
        // another file's bytes, read straight into the buffer, a buffer at a time
        for (let from = chunk.from; from < chunk.to; ) {
          if (used === buf.length) await writeOut(0);
          const n = readSync(chunk.fd, buf, used, Math.min(chunk.to - from, buf.length - used), from);
          if (n <= 0) throw new Error(`${path}: a file to copy from ended early`);
          used += n;
          from += n;
        }
      };
      // a synchronous iterable is read without a promise per chunk that fits (the writers yield one per node)
      if (Symbol.iterator in data) {
        for (const chunk of data) {
          if (typeof chunk === 'string' && used + 3 * chunk.length <= buf.length) used += buf.write(chunk, used, 'utf8');
          else await put(chunk);
        }
      } else {
        for await (const chunk of data) await put(chunk);
      }
      await writing;
      await writeAll(fh, buf, used);
    }
  } catch (e) {
    await writing?.catch(() => undefined);
    await fh.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
  const synced = fh.sync().finally(() => fh.close());
  synced.catch(() => undefined); // awaited by the caller; this only keeps a rejection from being unhandled meanwhile
  return { tmp, synced };
}

/** Makes the renames in a folder durable (best effort: not every file system lets a folder be synced). */
async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // e.g. EISDIR/EPERM on some platforms: the rename itself is still atomic
  }
}

/**
 * Replaces the file at `path` with `data` atomically: readers see the old file or the new one, never a
 * part. If writing fails (or `data`'s iterator throws), the old file is left as it was and no temporary
 * file remains. The folder must exist.
 */
export async function writeFileAtomic(path: string, data: FileData): Promise<void> {
  await writeFilesAtomic([{ path, data }]);
}

/**
 * Replaces several files: all are written and flushed to temporary files first, and only then renamed one
 * after the other. They are written at the same time: the data of one may wait for the writing of another
 * (graph-files.ts). If producing or writing any of them fails, none is replaced. Killed at any moment, each
 * file is either whole-old or whole-new; only a kill in the moment between the renames can leave some files
 * new and others old.
 */
export async function writeFilesAtomic(files: { path: string; data: FileData }[]): Promise<void> {
  for (const { path } of files) await removeStaleTemps(path);
  const written = await Promise.allSettled(files.map(({ path, data }) => writeTemp(path, data)));
  const temps = written.flatMap((w) => (w.status === 'fulfilled' ? [w.value] : []));
  const failed = written.find((w) => w.status === 'rejected');
  try {
    if (failed) throw failed.reason;
    await Promise.all(temps.map((t) => t.synced));
  } catch (e) {
    await Promise.allSettled(temps.map((t) => t.synced));
    await Promise.all(temps.map((t) => rm(t.tmp, { force: true })));
    throw e;
  }
  for (let i = 0; i < files.length; i++) {
    try {
      await rename(temps[i].tmp, files[i].path);
    } catch (e) {
      await Promise.all(temps.slice(i).map((t) => rm(t.tmp, { force: true })));
      throw e;
    }
  }
  for (const dir of new Set(files.map((f) => dirname(f.path)))) await syncDir(dir);
}
