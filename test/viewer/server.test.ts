// The static server: it serves the folder, with the right content types, and nothing outside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/cli/serve.js';

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
}

/** A raw request: node:http sends the path exactly as given (fetch would normalize "..", "%2e%2e"). */
function get(url: string, path: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let base: string;
let site: string;
let server: RunningServer;
const SECRET = 'SECRET-OUTSIDE-THE-SITE';

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'diplograph-serve-'));
  site = join(base, 'site');
  await mkdir(join(site, 'assets'), { recursive: true });
  await mkdir(join(site, 'sub'), { recursive: true });
  await writeFile(join(base, 'secret.txt'), SECRET);
  await mkdir(join(base, 'outside-dir'));
  await writeFile(join(base, 'outside-dir', 'x.txt'), SECRET);
  await writeFile(join(site, 'index.html'), '<!doctype html><title>viewer</title>');
  await writeFile(join(site, 'graph.json'), '{"nodes":[],"edges":[]}');
  await writeFile(join(site, 'graph.gexf'), '<?xml version="1.0"?><gexf/>');
  await writeFile(join(site, 'assets', 'index-abc.js'), 'export {}');
  await writeFile(join(site, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(site, 'assets', 'font.woff2'), 'wOF2');
  await writeFile(join(site, 'assets', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(site, 'assets', 'shot.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(site, 'sub', 'index.html'), '<!doctype html><title>sub</title>');
  await writeFile(join(site, 'Tập Cận Bình.txt'), 'vi');
  await writeFile(join(site, '.env'), SECRET);
  await symlink(join(base, 'secret.txt'), join(site, 'link-out.txt'));
  await symlink(join(base, 'outside-dir'), join(site, 'dir-out'));
  await symlink(join(site, 'graph.json'), join(site, 'link-in.json'));
  server = await startServer({ dir: site, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await rm(base, { recursive: true, force: true });
});

describe('startServer', () => {
  it('binds 127.0.0.1 on a free port by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toMatch(/:0\/$/);
  });

  const types: [string, number, string][] = [
    ['/', 200, 'text/html; charset=utf-8'],
    ['/index.html', 200, 'text/html; charset=utf-8'],
    ['/index.html?sel=person%3Ax#cam=1,2,3', 200, 'text/html; charset=utf-8'],
    ['/sub/', 200, 'text/html; charset=utf-8'],
    ['/sub', 200, 'text/html; charset=utf-8'],
    ['/graph.json', 200, 'application/json; charset=utf-8'],
    ['/graph.gexf', 200, 'application/xml; charset=utf-8'],
    ['/assets/index-abc.js', 200, 'text/javascript; charset=utf-8'],
    ['/assets/index-abc.css', 200, 'text/css; charset=utf-8'],
    ['/assets/font.woff2', 200, 'font/woff2'],
    ['/assets/icon.svg', 200, 'image/svg+xml'],
    ['/assets/shot.png', 200, 'image/png'],
    ['/T%E1%BA%ADp%20C%E1%BA%ADn%20B%C3%ACnh.txt', 200, 'text/plain; charset=utf-8'],
    ['/link-in.json', 200, 'application/json; charset=utf-8'],
  ];
  it.each(types)('GET %s → %i %s', async (path, status, type) => {
    const r = await get(server.url, path);
    expect(r.status).toBe(status);
    expect(r.type).toBe(type);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(server.url, '/graph.json', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get(server.url, '/graph.json', 'POST')).status).toBe(405);
  });

  it('answers 404 for what is not there', async () => {
    expect((await get(server.url, '/nope.json')).status).toBe(404);
    expect((await get(server.url, '/assets/')).status).toBe(404); // a folder without index.html
  });

  const attacks = [
    '/../secret.txt',
    '/../../../../etc/passwd',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/.%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets\\..\\..\\secret.txt',
    '/graph.json%00.html',
    '/%00',
    '/%E0%A4%A', // malformed escape
    '/link-out.txt',
    '/dir-out/x.txt',
    '/.env',
    '/%2eenv',
    '//etc/passwd',
    'http://127.0.0.1/../secret.txt',
  ];
  it.each(attacks)('refuses %s', async (path) => {
    const r = await get(server.url, path);
    expect([400, 403, 404]).toContain(r.status);
    expect(r.body).not.toContain(SECRET);
    expect(r.body).not.toContain('root:');
  });
});
