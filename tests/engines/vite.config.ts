/**
 * `vite preview` as in production, plus one probe: a script of our own, first in the head of every
 * page, that records CSP violations (securitypolicyviolation) and uncaught errors. Classic
 * WebDriver (WebKit) cannot run a script before the page's own, so the server adds it; the same
 * probe serves all three engines, so each test reads errors the same way. It is same-origin, so
 * the production CSP allows it unchanged, and if the CSP blocked it the test says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

import base from '../../vite.config.ts';
import { HEADERS } from '../../scripts/headers.ts';

const DIST = join(import.meta.dirname, '../../dist');

const PROBE = `(() => {
  const seen = (window.__probe = { violations: [], errors: [] });
  document.addEventListener('securitypolicyviolation', (e) => seen.violations.push(e.effectiveDirective + ' ' + e.blockedURI));
  window.addEventListener('error', (e) => seen.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => seen.errors.push('unhandled rejection: ' + String(e.reason)));
})();
`;

function probe(): Plugin {
  return {
    name: 'ban-atlas-engines-probe',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        const file = path.endsWith('/') ? join(DIST, path, 'index.html') : path.endsWith('.html') ? join(DIST, path) : null;
        if (path !== '/__probe.js' && !(file && existsSync(file))) return next();
        for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
        if (path === '/__probe.js') {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(PROBE);
          return;
        }
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(
          readFileSync(file as string, 'utf8').replace(/<head[^>]*>/, (head) => `${head}<script src="/__probe.js"></script>`),
        );
      });
    },
  };
}

export default defineConfig((env) => {
  const config = typeof base === 'function' ? base(env) : base;
  return { ...config, plugins: [...(config.plugins ?? []), probe()] };
});
