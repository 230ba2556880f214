// Collects the pieces of a big text and hands them out in chunks of about 64 kB, so writers can
// stream a graph of any size without building one giant string.

export const CHUNK = 1 << 16;

export class Chunks {
  private out: string[] = [];
  private size = 0;

  /** Adds a piece; returns a full chunk when there is one to yield. */
  push(piece: string): string | undefined {
    this.out.push(piece);
    this.size += piece.length;
    return this.size >= CHUNK ? this.flush() : undefined;
  }

  /** Whatever is collected, as one string. */
  flush(): string {
    const s = this.out.join('');
    this.out = [];
    this.size = 0;
    return s;
  }
}
