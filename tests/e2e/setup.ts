/**
 * Starts the built site (`vite preview`, production headers included) on 127.0.0.1:4173 and a
 * second origin on 127.0.0.1:4174 serving the host pages that embed it. BAN_ATLAS_E2E_PORT moves
 * both (to N and N+1), so two checkouts can run their suites side by side; build with a matching
 * BAN_ATLAS_URL, since the pages and the CSP carry the site's origin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const PORT = Number(process.env.BAN_ATLAS_E2E_PORT ?? 4173);
export const SITE = `http://127.0.0.1:${PORT}/`;
export const HOST = `http://127.0.0.1:${PORT + 1}/`;
const ROOT = join(import.meta.dirname, '../..');

export async function waitFor(url: string): Promise<void> {
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

/** Fails when the port is taken, before anything could answer on it in our place. */
export async function ensureFree(port: number): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', () => reject(new Error(`port ${port} is taken; set BAN_ATLAS_E2E_PORT to another`)));
    probe.listen(port, '127.0.0.1', resolve);
  });
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

/** `vite preview` on PORT; extra arguments (another config) come from the engines tier. */
export function startPreview(extra: string[] = []): ChildProcess {
  if (!existsSync(join(ROOT, 'dist/index.html')))
    throw new Error('dist/ is missing: run "npm run build" before the end-to-end tests');
  return spawn(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT), '--strictPort', ...extra],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
}

/** The second origin, PORT + 1: the host pages under tests/e2e/hosts and pym.js. */
export async function startHosts(): Promise<Server> {
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0].replace(/^\/+/, '') || 'index.html';
    // Browsers ask a host page for its icon; a 404 would show up as a console error.
    if (name === 'favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const path =
      name === 'pym.v1.min.js' ? join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js') : join(ROOT, 'tests/e2e/hosts', name);
    if (!/^[a-z0-9.-]+$/.test(name) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    const type = path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'Content-Type': type }).end(readFileSync(path));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(PORT + 1, '127.0.0.1', resolve);
  });
  return server;
}

export async function setup(): Promise<void> {
  await ensureFree(PORT);
  preview = startPreview();
  hostServer = await startHosts();
  await waitFor(SITE);
}

export async function teardown(): Promise<void> {
  preview?.kill();
  await new Promise<void>((resolve) => (hostServer ? hostServer.close(() => resolve()) : resolve()));
}
