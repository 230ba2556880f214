// A failed file-system call on a corpus file or folder, as a Problem that says what to do.
import type { Problem } from '../types.js';

const REASONS: Record<string, [string, string]> = {
  EACCES: ['permission denied', 'give the user running diplograph read access, or remove it from the corpus'],
  EPERM: ['operation not permitted', 'give the user running diplograph read access, or remove it from the corpus'],
  ENOENT: ['not found (removed or moved while the corpus was read, or a link to nothing)', 'fix or remove the link, or run again'],
  ENOTDIR: ['not found (a part of its path is not a folder)', 'fix or remove the link, or run again'],
  EISDIR: ['is a folder, not a file', 'rename it so it does not end in .txt or .md'],
  ELOOP: ['too many levels of links (a link loop)', 'remove the link that loops'],
  EMFILE: ['too many open files', 'raise the open-file limit (ulimit -n) and run again'],
  ENFILE: ['too many open files', 'raise the open-file limit (ulimit -n) and run again'],
  EIO: ['input/output error', 'check the disk or the network share, then run again'],
  EAGAIN: ['not ready to be read (a pipe or device?)', 'replace it with a regular file'],
};

/** Maps an error from a file-system call (its `code`) to a skipping Problem for `file`. */
export function readErrorProblem(file: string, err: unknown, what = 'file'): Problem {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN';
  const [reason, hint] = REASONS[code] ?? [
    (err as Error | undefined)?.message ?? String(err),
    `check that the ${what} can be read, or remove it from the corpus`,
  ];
  return { file, message: `cannot read ${what}: ${reason} (${code})`, hint, skipped: true };
}
