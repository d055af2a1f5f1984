import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from './runBuild';

// Issue 20: `npm run preview` ran `astro preview` under a shell; killing npm (SIGTERM, as a process manager or an
// editor's task runner does) killed the shell and left `astro preview` serving the port. The script now execs
// Astro, so npm's signal reaches it.
const site = path.join(projectRoot, '.briefbook/test-builds/preview-stops');

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const answers = async (port: number) => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/`)).ok;
  } catch {
    return false;
  }
};

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

describe('npm run preview', () => {
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('stops serving when npm itself is killed', async () => {
    mkdirSync(site, { recursive: true });
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>preview</title><p>up</p>');
    const port = await freePort();
    const npm = spawn('npm', ['run', 'preview', '--', '--port', String(port), '--host', '127.0.0.1', '--outDir', site], { cwd: projectRoot, stdio: 'ignore' });
    try {
      expect(await waitFor(() => answers(port), 60_000), 'astro preview never answered').toBe(true);
      npm.kill('SIGTERM');
      expect(await waitFor(async () => !(await answers(port)), 10_000), 'astro preview still serves after npm was killed').toBe(true);
    } finally {
      npm.kill('SIGKILL');
    }
  }, 90_000);
});
