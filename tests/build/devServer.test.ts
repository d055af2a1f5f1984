import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent';
import { formatProblems } from '../../src/contentFiles/contentProblem';
import { acquireProjectLock } from '../../scripts/lib/projectLock.mjs';
import { projectRoot, runNew } from './runBuild';

// Issue 20: with a content problem, `npm run dev` answered every page with a 500 page saying only
// "ContentValidationError"; the file and field were in the terminal. Now the browser gets the check's own list,
// and the site once the fix is saved. Driven with plain fetch against a real dev server on a copy of the minimal
// book with a broken note.
const workDir = path.join(projectRoot, '.briefbook/test-builds/dev-server');
const content = path.join(workDir, 'content');
const note = path.join(content, 'briefings/harbour-reopening.mdx');

/** The first free port from 4455 up (the team's dev-server ports). */
async function freePort(from = 4455): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('No free port from 4455');
}

/** The dev server's output so far, for a failure to show what the server was doing. */
let serverLog = '';

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const value = await probe().catch((error: unknown) => {
      lastError = error;
      return undefined;
    });
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const tail = serverLog.split('\n').slice(-40).join('\n');
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? ` (last request: ${String(lastError)})` : ''}; the dev server's last lines:\n${tail}`);
}

const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, text: await response.text() };
};
const decode = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('npm run dev on a book with a broken note', () => {
  let server: ChildProcess;
  let releaseLock = () => {};
  let origin: string;
  const original = () => readFileSync(path.join(projectRoot, 'tests/fixtures/minimal/briefings/harbour-reopening.mdx'), 'utf8');

  beforeAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    cpSync(path.join(projectRoot, 'tests/fixtures/minimal'), content, { recursive: true });
    // Two problems at once: an unclosed <Cite and an entity that does not exist.
    writeFileSync(note, original().replace('<Cite p={1} />', '<Cite p={1}').replace('entities: [northport, mara-ellison]', 'entities: [southport, mara-ellison]'));
    // `astro dev` writes the project's .astro/ folder (the content modules of this book) for as long as it runs, and a
    // build beside it in this tier read them: the second book's build once failed on this book's broken note. The
    // builds take turns on scripts/build.mjs's lock, so the dev server holds it too, until it has stopped.
    releaseLock = await acquireProjectLock(path.join(projectRoot, '.briefbook/astro.lock'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // The server runs as an author's would: without the test runner's variables (VITEST, NODE_ENV=test).
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name)));
    server = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: projectRoot,
      env: { ...env, BRIEFBOOK_CONTENT: content, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    serverLog = '';
    server.stdout!.on('data', (chunk) => (serverLog += chunk));
    server.stderr!.on('data', (chunk) => (serverLog += chunk));
    // Ready once the middleware answers with the content's state (the first requests may come before the routes).
    await waitFor(async () => ((await fetch(`${origin}/__briefbook/content-state`)).ok ? true : undefined), 120_000, 'the dev server');
    // Beyond the server's two minutes, room to wait for the lock while the other worker's builds take their turns.
  }, 300_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const stopped = new Promise((resolve) => server.once('close', resolve));
      server.kill('SIGTERM');
      await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      // It may still be writing .astro/: it must be gone before the lock lets a build in.
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGKILL');
        await stopped;
      }
    }
    releaseLock();
  });

  it('shows every problem in the browser as the check prints it: file:line, field and what to write', async () => {
    const page = await get(`${origin}/briefings/harbour-reopening/`);
    expect(page.status, serverLog).toBe(500);
    const { problems } = await checkContent({ env: { BRIEFBOOK_CONTENT: content }, cwd: projectRoot });
    expect(problems.length).toBe(2);
    const shown = decode(page.text).replace(/\s+/g, ' ');
    for (const line of formatProblems(problems).split('\n').slice(1)) {
      // Paths in the check are relative to where it runs; the page shows them as the dev server's check does.
      const [where, ...rest] = line.trim().split('  ');
      expect(shown).toContain(path.basename(where!));
      expect(shown).toContain(rest.join('  ').replace(/\s+/g, ' '));
    }
    expect(shown).toContain('MDX syntax error: the tag <Cite that starts here is not closed.');
    expect(shown).toMatch(/harbour-reopening\.mdx:13 entities\[0\]: Unknown entity "southport"/);
  });

  it('shows the page again once the fix is saved, and drafts with a Draft label', async () => {
    writeFileSync(note, original());
    const page = await waitFor(async () => {
      const response = await get(`${origin}/briefings/harbour-reopening/`);
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      return response;
    }, 60_000, 'the page to recover');
    expect(page.text).toContain("Northport's harbour reopens");

    const created = await runNew(content, ['figure', 'Cargo tonnage']);
    expect(created.code, created.stderr).toBe(0);
    const figures = await waitFor(async () => {
      const response = await get(`${origin}/figures/`);
      if (response.status !== 200 || !response.text.includes('Cargo tonnage')) throw new Error(`status ${response.status}, ${response.text.includes('Cargo tonnage') ? 'with' : 'without'} the figure`);
      return response;
    }, 60_000, 'the draft figure');
    expect(figures.text).toMatch(/<mark class="draft-label[^"]*"[^>]*>Draft<\/mark> Cargo tonnage/);
  });
});
