// The outside readers a GEXF file must satisfy: xmllint against the official schema, and networkx.
// A missing tool skips its tests on a developer's machine and fails them in CI (CI=true), where .ci/run
// installs Debian's libxml2-utils and python3-networkx.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const GEXF_SCHEMA = fileURLToPath(new URL('../fixtures/export/gexf-1.3/gexf.rng', import.meta.url));

const inCI = process.env.CI === 'true';

export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
/** The first Python with networkx: the one on PATH, or Debian's (where .ci/run installs python3-networkx). */
const PYTHON = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import networkx']).status === 0) ?? 'python3';
export const hasNetworkx = spawnSync(PYTHON, ['-c', 'import networkx']).status === 0;
/** True when the tests of a tool should be skipped: it is missing and this is not CI. */
export const skipXmllint = !hasXmllint && !inCI;
export const skipNetworkx = !hasNetworkx && !inCI;

/** xmllint's verdict on a file: ok, and what it said. `schema` false checks well-formedness only. */
export function xmllint(path: string, schema = true): { ok: boolean; output: string } {
  const args = schema ? ['--noout', '--relaxng', GEXF_SCHEMA, path] : ['--noout', path];
  const r = spawnSync('xmllint', args, { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

const READ = `
import json, math, sys, networkx
def clean(v):
    if isinstance(v, float) and not math.isfinite(v):
        return str(v)
    if isinstance(v, dict):
        return {str(k): clean(x) for k, x in v.items()}
    return v
out = []
for path in sys.argv[1:]:
    try:
        G = networkx.read_gexf(path)
        out.append({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "multi": G.is_multigraph(),
                    "directed": G.is_directed(),
                    "node": {str(n): clean(d) for n, d in G.nodes(data=True)}})
    except Exception as e:
        out.append({"error": repr(e)})
print(json.dumps(out, default=str))
`;

export interface NetworkxRead {
  nodes: number;
  edges: number;
  multi: boolean;
  directed: boolean;
  /** Each node's data as networkx holds it (viz as a dict, start/end as strings). */
  node: Record<string, Record<string, unknown>>;
  error?: string;
}

/** Reads each file with networkx.read_gexf in one python process. */
export function readWithNetworkx(paths: string[]): NetworkxRead[] {
  const r = spawnSync(PYTHON, ['-c', READ, ...paths], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}
