import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: { '@caseatlas/contracts': fileURLToPath(new URL('../../libs/contracts/src', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/admin', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
  },
  // `npm run dev:admin` talks to the API started by `npm run dev:api`.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
