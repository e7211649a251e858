import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './http';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const webDir = path.join(root, 'dist/web');
const swaggerDir = path.join(root, 'node_modules/swagger-ui-dist');

/** The built web app with SPA fallback, the map data, and the API docs page. */
export function mountStatic(app: Hono<AppEnv>): void {
  app.get(
    '/data/:file{(kommuner|lan)\\.topo\\.json}',
    serveStatic({ root: path.relative(process.cwd(), root) || '.', rewriteRequestPath: (p) => p }),
  );

  app.get('/api/docs', (c) => {
    // Swagger UI styles its widgets inline; this page alone allows inline styles.
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
    );
    return c.html(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Samla API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><main id="swagger-ui"></main>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`);
  });
  app.get('/api/docs/init.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body("window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });");
  });
  app.get(
    '/api/docs/assets/:file{swagger-ui(-bundle\\.js|\\.css)}',
    serveStatic({
      root: path.relative(process.cwd(), swaggerDir) || '.',
      rewriteRequestPath: (p) => p.replace('/api/docs/assets', ''),
    }),
  );

  if (!existsSync(webDir)) return;
  const rel = path.relative(process.cwd(), webDir) || '.';
  app.use('/assets/*', serveStatic({ root: rel }));
  app.get('/favicon.svg', serveStatic({ root: rel }));
  const indexHtml = () => readFileSync(path.join(webDir, 'index.html'), 'utf8');
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    return c.html(indexHtml());
  });
}
