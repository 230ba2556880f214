// A static file server for an output folder (graph.json, graph.gexf and the built viewer).
// node:http only. It serves files inside `dir` and nothing else: every path segment is decoded once
// and refused when it could step out (.., encoded slashes, backslashes, NUL), and the real path of
// the file (symlinks followed) must still lie inside the real path of `dir`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentType } from '../serve/content-type.js';

export interface ServeOptions {
  /** The folder to serve. */
  dir: string;
  /** 0 (the default) picks any free port. */
  port?: number;
  /** 127.0.0.1 unless told otherwise. */
  host?: string;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

// The viewer needs nothing from elsewhere: scripts, styles and data come from this folder; the
// ForceAtlas2 worker and exported files are blob: URLs. Inline event handlers can never run.
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; img-src 'self' data: blob:; " +
    "style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

/** Splits a request path into safe, decoded segments, or returns null when it is not acceptable. */
export function safeSegments(rawPath: string): string[] | null {
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === '.' || seg === '..' || /[/\\\0]/.test(seg) || seg.startsWith('.')) return null;
    segments.push(seg);
  }
  return segments;
}

function send(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message + '\n');
}

function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'method not allowed');
  }
  const target = req.url ?? '/';
  if (!target.startsWith('/')) return send(res, 400, 'bad request');
  const rawPath = target.split(/[?#]/, 1)[0];
  const segments = safeSegments(rawPath);
  if (segments === null) return send(res, 403, 'forbidden');

  let file = join(root, ...segments);
  let info;
  try {
    file = await realpath(file);
    if (!isInside(root, file)) return send(res, 403, 'forbidden');
    info = await stat(file);
    if (info.isDirectory()) {
      file = await realpath(join(file, 'index.html'));
      if (!isInside(root, file)) return send(res, 403, 'forbidden');
      info = await stat(file);
    }
  } catch {
    return send(res, 404, 'not found');
  }
  if (!info.isFile()) return send(res, 404, 'not found');

  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType(extname(file)),
    'Content-Length': String(info.size),
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Serves `dir` over HTTP until close() is called. */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const root = await realpath(opts.dir);
  if (!(await stat(root)).isDirectory()) throw new Error(`not a folder: ${opts.dir}`);
  const host = opts.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'internal error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
