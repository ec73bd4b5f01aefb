import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `vite` (dev) and `vite preview` send /api; the api's default port unless API_URL says otherwise. */
const api = process.env.API_URL ?? 'http://localhost:3000';

// The api serves dist/web at `/` (SPA fallback); in development Vite proxies /api to it.
export default defineConfig({
  root,
  base: '/',
  // Brotli and gzip copies are built once here; the api serves them as they are (see bootstrap.ts).
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  // The one library the web shares with the server (see libs/contracts/src/index.ts).
  resolve: { alias: { '@app/contracts': fileURLToPath(new URL('../../libs/contracts/src', import.meta.url)) } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Read by tools/bench/bundle-size.mjs to report what each screen's first load costs.
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: api, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
    },
  },
});
