// A one-line progress bar on stderr, drawn only when stderr is a terminal.

export interface Progress {
  tick(done: number, total?: number): void;
  done(): void;
}

export function progressBar(stream: NodeJS.WriteStream, label: string): Progress {
  if (!stream.isTTY) return { tick() {}, done() {} };
  const t0 = Date.now();
  let last = 0;
  return {
    tick(done, total) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const secs = (now - t0) / 1000;
      const rate = done / Math.max(secs, 1e-3);
      let line = `${label} ${done}${total ? `/${total}` : ''} documents, ${rate.toFixed(0)}/s`;
      if (total) {
        const width = 24;
        const filled = Math.round((width * done) / total);
        const left = rate > 0 ? (total - done) / rate : 0;
        line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}, ${rate.toFixed(0)}/s, ${left.toFixed(0)} s left`;
      }
      stream.write(`\r${line.slice(0, (stream.columns ?? 80) - 1)}\x1b[K`);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
