import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));

/**
 * In production the server serves data/*.topo.json under /data/. The dev server does the same
 * here, for exactly those files, so the map works with `vite` alone.
 */
function serveMapData(): Plugin {
  const files = new Set(['kommuner.topo.json', 'lan.topo.json']);
  return {
    name: 'samla-serve-map-data',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!files.has(name)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        createReadStream(`${dataDir}${name}`).pipe(res);
      });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: 'src/web/public',
  plugins: [react(), serveMapData()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // The CSP (img-src/style-src 'self') forbids data: URIs, so never inline assets.
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'es2022',
  },
});
