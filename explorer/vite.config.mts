import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The explorer page: built into dist/explorer, which the API server serves
 * at /explorer (src/explorer-route.ts), so the page calls /graphql on its
 * own origin and no second server is needed.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explorer/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: true,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
