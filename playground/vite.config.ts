/**
 * The web playground: a static page built into playground/dist. `base: './'`
 * makes every URL relative, so the folder works from any path (GitHub
 * Pages' /<repo>/, a local server, a subfolder). The linter runs in a module
 * Web Worker bundled from the same src/ the CLI is built from.
 */
import { defaultClientConditions, defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // one worker chunk of the core is large by nature (lexicons, parser, ajv)
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
  // the core runs in a worker: packages with a "worker" export (decode-named-character-reference's
  // "browser" one needs a DOM, which workers lack) resolve to it
  resolve: { conditions: ['worker', ...defaultClientConditions] },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5178, strictPort: false },
  preview: { host: '127.0.0.1', port: 5178, strictPort: false },
});
