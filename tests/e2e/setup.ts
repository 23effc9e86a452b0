/**
 * Starts the built site (`vite preview`, production headers included) on 127.0.0.1:4173 and a
 * second origin on 127.0.0.1:4174 serving the host pages that embed it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// E2E_PORT moves both servers (the site on it, the host pages on the next port), so that two
// runs can share a machine.
const PORT = Number(process.env.E2E_PORT) || 4173;
export const SITE = `http://127.0.0.1:${PORT}/`;
export const HOST = `http://127.0.0.1:${PORT + 1}/`;
const ROOT = join(import.meta.dirname, '../..');

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

let preview: ChildProcess | null = null;
let hostServer: Server | null = null;

export async function setup(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/index.html')))
    throw new Error('dist/ is missing: run "npm run build" before the end-to-end tests');
  preview = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  hostServer = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0].replace(/^\/+/, '') || 'index.html';
    const path =
      name === 'pym.v1.min.js' ? join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js') : join(ROOT, 'tests/e2e/hosts', name);
    if (!/^[a-z0-9.-]+$/.test(name) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    const type = path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'Content-Type': type }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => hostServer?.listen(PORT + 1, '127.0.0.1', resolve));
  await waitFor(SITE);
}

export async function teardown(): Promise<void> {
  preview?.kill();
  await new Promise<void>((resolve) => (hostServer ? hostServer.close(() => resolve()) : resolve()));
}
