// Puts the built viewer (viewer-dist/: index.html and assets/) into an output folder, next to its
// graph.json, so that the folder is a self-contained site any static server can publish.
import { cp, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** viewer-dist/ at the root of the package (this file is in src/serve/ or dist/serve/). */
export const VIEWER_DIST = fileURLToPath(new URL('../../viewer-dist', import.meta.url));

export async function copyViewer(outDir: string, viewerDir: string = VIEWER_DIST): Promise<void> {
  try {
    await stat(join(viewerDir, 'index.html'));
  } catch {
    throw new Error(`the viewer is not built (${viewerDir}/index.html missing): run npm run build`);
  }
  // Old hashed bundles would pile up: replace assets/ as a whole.
  await rm(join(outDir, 'assets'), { recursive: true, force: true });
  for (const entry of await readdir(viewerDir)) {
    await cp(join(viewerDir, entry), join(outDir, entry), { recursive: true });
  }
}
