// Builds the viewer into viewer-dist/ with relative URLs, so the folder works next to any graph.json:
// npx vite build --config src/viewer/vite.config.ts
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../viewer-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
});
