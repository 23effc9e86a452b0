/**
 * The engines tier: stops at once when a browser is missing (never skips an engine), then serves
 * the built site on 4173 (production headers, plus the probe) and the host pages on 4174.
 */
import type { ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';

import { missingBrowsers, missingMessage } from '../../scripts/browsers.ts';
import { SITE, startHosts, startPreview, waitFor } from '../e2e/setup.ts';

let preview: ChildProcess | null = null;
let hosts: Server | null = null;

export async function setup(): Promise<void> {
  const missing = missingBrowsers();
  if (missing.length > 0) throw new Error(missingMessage(missing));
  preview = startPreview(['--config', 'tests/engines/vite.config.ts']);
  hosts = await startHosts();
  await waitFor(SITE);
  // Another run's preview on the same port would answer in ours' place, without the probe.
  const html = await (await fetch(SITE)).text();
  if (preview.exitCode !== null || !html.includes('/__probe.js'))
    throw new Error('another server answers on 127.0.0.1:4173 (an end-to-end run elsewhere?); stop it and run again');
}

export async function teardown(): Promise<void> {
  preview?.kill();
  await new Promise<void>((resolve) => (hosts ? hosts.close(() => resolve()) : resolve()));
}
