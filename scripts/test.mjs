// `npm test`: the whole gate, every tier, with the tiers that can share the machine run side by side. The order is a
// graph rather than a line; each step waits only for what it needs:
//
//   build ──┬─> e2e                                         (the two books the browser tests read, then those tests)
//           └ ─ > typecheck ──> astro ──> builds            (then the rest of the project's Astro work, in turn)
//   check
//   unit
//
// Why these edges: the browser tests are the longest step, so their builds (the sample book into dist/, and the
// second fixture book for /atlas/, which scripts/serveFixtureBook.mjs would otherwise build when the browser tests
// start) come first, and the browser tests start as soon as they are done. `astro check` (typecheck), the 'astro'
// Vitest project (its `astro sync`) and every Astro build write the project's .astro/ folder, which the 'astro'
// project reads while it runs; so those take turns: the typecheck after the build step (whether it passed or not:
// `─ ─ >` orders without depending), the 'astro' project after the typecheck, the fixture builds after that. The
// browser tests read only dist/ and .briefbook/e2e-atlas/, so they overlap all of it; the fixture builds' Astro
// builds still take turns (scripts/lib/projectLock.mjs). The plain unit tests and the content check touch none of
// this and run from the start.
//
//   node scripts/test.mjs [--only step,step]     (steps: typecheck, check, unit, astro, builds, build, e2e)
//
// Each step's output is printed as one block when it ends (so blocks do not interleave), then a table of how long
// each step took. A failed step skips the steps that need it; the others still run, and the exit code is 1.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const bin = (name) => path.join(projectRoot, 'node_modules/.bin', name);
const node = process.execPath;

// The tools' launchers start `node` from the PATH: put this Node (the pinned one npm runs) and the project's
// binaries first, as `npm run` does, also when this script is started by hand.
// Node's compile cache (V8 code and stripped TypeScript, keyed by each file's contents, so a stale entry is only a
// miss): the gate starts some sixty Node processes — every fixture build, Vitest's workers, astro check — and each
// compiled Astro, Vite and the project's .ts files again. With the cache only the first does (a fixture build's
// main thread: the TypeScript stripping, 0.8 s, and half the module loading, 0.5 s, gone). Under the system's
// temporary folder, as Node recommends; an own NODE_COMPILE_CACHE is kept, and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const env = {
  ...process.env,
  PATH: [path.dirname(node), path.join(projectRoot, 'node_modules/.bin'), process.env.PATH].join(path.delimiter),
  FORCE_COLOR: process.stdout.isTTY ? '1' : '0',
  NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.join(os.tmpdir(), 'node-compile-cache'),
};

/** Every step: its command, the steps it needs (skipped if one fails), and those it only waits for (`waitsFor`). */
export const steps = {
  typecheck: { command: [bin('astro'), 'check', '--minimumFailingSeverity', 'warning'], after: [], waitsFor: ['build'] },
  check: { command: [node, 'scripts/check.mjs'], after: [] },
  unit: { command: [bin('vitest'), 'run', '--config', 'vitest.unit.config.ts'], after: [] },
  astro: { command: [bin('vitest'), 'run', '--project', 'astro'], after: ['typecheck'] },
  builds: { command: [bin('vitest'), 'run', '--config', 'vitest.builds.config.ts'], after: ['astro'] },
  build: { command: [node, 'scripts/build.mjs', '&&', node, 'scripts/serveFixtureBook.mjs', '--build-only'], after: [] },
  e2e: { command: [node, 'scripts/ensureChromium.mjs', '&&', bin('playwright'), 'test'], after: ['build'] },
};

function parseOnly(argv) {
  const index = argv.indexOf('--only');
  if (index === -1) return undefined;
  const names = (argv[index + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !(name in steps));
  if (unknown.length > 0 || names.length === 0) {
    console.error(`Expected --only with steps from: ${Object.keys(steps).join(', ')}; got "${argv[index + 1] ?? ''}"`);
    process.exit(2);
  }
  return new Set(names);
}

/** Runs one command line (`a && b` runs b only if a succeeded), collecting its output. */
function run(command) {
  const parts = [];
  for (let start = 0; start <= command.length; ) {
    const end = command.indexOf('&&', start);
    parts.push(command.slice(start, end === -1 ? command.length : end));
    if (end === -1) break;
    start = end + 1;
  }
  let output = '';
  const runPart = (index) =>
    new Promise((resolve) => {
      if (index >= parts.length) return resolve(0);
      const [file, ...args] = parts[index];
      const child = spawn(file, args, { cwd: projectRoot, env });
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', (error) => {
        output += `${error.message}\n`;
        resolve(1);
      });
      child.on('close', (code) => (code === 0 ? runPart(index + 1).then(resolve) : resolve(code ?? 1)));
    });
  return runPart(0).then((code) => ({ code, output }));
}

async function main() {
  const only = parseOnly(process.argv.slice(2));
  const chosen = Object.keys(steps).filter((name) => !only || only.has(name));
  const started = performance.now();
  const results = new Map();
  const running = new Map();
  const start = (name) => {
    if (running.has(name)) return running.get(name);
    const promise = (async () => {
      const needs = steps[name].after.filter((dependency) => chosen.includes(dependency));
      const [outcomes] = await Promise.all([Promise.all(needs.map(start)), ...(steps[name].waitsFor ?? []).filter((step) => chosen.includes(step)).map(start)]);
      if (outcomes.some((outcome) => outcome !== 'passed')) {
        results.set(name, { status: 'skipped', because: needs.filter((_, index) => outcomes[index] !== 'passed') });
        return 'skipped';
      }
      const stepStart = performance.now();
      const { code, output } = await run(steps[name].command);
      const status = code === 0 ? 'passed' : 'failed';
      results.set(name, { status, seconds: (performance.now() - stepStart) / 1000, began: (stepStart - started) / 1000 });
      process.stdout.write(`\n━━ ${name} ${status} (${((performance.now() - stepStart) / 1000).toFixed(1)} s) ━━\n${output}`);
      return status;
    })();
    running.set(name, promise);
    return promise;
  };
  await Promise.all(chosen.map(start));
  const total = (performance.now() - started) / 1000;
  console.log(`\nnpm test on ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(1)} at the end:`);
  for (const name of chosen) {
    const result = results.get(name);
    const when = result.status === 'skipped' ? `skipped: ${result.because.join(', ')} did not pass` : `${result.seconds.toFixed(1)} s, from ${result.began.toFixed(0)} s`;
    console.log(`  ${name.padEnd(10)} ${result.status.padEnd(8)} ${when}`);
  }
  console.log(`  all        ${(total / 60).toFixed(1)} min`);
  process.exit([...results.values()].every((result) => result.status === 'passed') ? 0 : 1);
}

await main();
