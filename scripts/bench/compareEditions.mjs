// `npm run bench:editions`: builds the same generated book with and without editions (two updates and a revised key
// judgment on every briefing, `generateCorpus.mjs --editions on`), alternating which goes first, and reports each
// run, the medians and their ratio, and the size of the /changes/ pages (which are paged, so they must not grow with
// the book). The rest of the corpus is byte for byte the same in both, so the difference is the editions' cost.
//
// Usage: npm run bench:editions -- [--count 1000] [--runs 3] [--seed briefbook]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generateCorpus.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workDir = path.join(projectRoot, '.bench', 'editions');

function parseArguments(argv) {
  const options = { count: 1000, runs: 3, seed: 'briefbook' };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split('=');
    const value = inline ?? argv[++index];
    if (flag === '--count') options.count = Number(value);
    else if (flag === '--runs') options.runs = Number(value);
    else if (flag === '--seed') options.seed = value;
    else throw new Error(`Unknown option ${flag}. Usage: npm run bench:editions -- [--count N] [--runs R] [--seed S]`);
  }
  if (!Number.isInteger(options.count) || options.count < 1 || !(options.runs >= 1)) throw new Error('Expected a whole --count and --runs of at least 1');
  return options;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Every file under a folder named index.html, with its size in bytes. */
function pageSizes(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => statSync(path.join(folder, file)).size);
}

function build(content, outDir) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', outDir], { cwd: projectRoot, env: { ...process.env, BRIEFBOOK_CONTENT: content }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The build of ${content} failed:\n${result.stderr}`);
  return performance.now() - started;
}

const options = parseArguments(process.argv.slice(2));
const variants = ['without', 'with'];
const content = Object.fromEntries(variants.map((variant) => [variant, path.join(workDir, `corpus-${options.count}-${variant}`)]));
for (const variant of variants) generateCorpus({ count: options.count, seed: options.seed, charts: true, editions: variant === 'with', outDir: content[variant] });
const samples = { without: [], with: [] };
for (let run = 0; run < options.runs; run += 1) {
  // Alternate which book goes first, so neither always meets a warm cache or a quiet machine.
  for (const variant of run % 2 === 0 ? variants : [...variants].reverse()) {
    const ms = build(content[variant], path.join(workDir, `out-${variant}`));
    samples[variant].push(ms);
    console.log(`run ${run + 1}, ${variant} editions: ${(ms / 1000).toFixed(1)} s`);
  }
}
const changes = pageSizes(path.join(workDir, 'out-with', 'changes'));
const ratio = median(samples.with) / median(samples.without);
console.log(`\nN = ${options.count}, ${options.runs} runs each, alternating.`);
console.log(`Median build without editions ${(median(samples.without) / 1000).toFixed(1)} s, with ${(median(samples.with) / 1000).toFixed(1)} s: ×${ratio.toFixed(3)} (target ≤ ×1.10: ${ratio <= 1.1 ? 'met' : 'not met'}).`);
console.log(`Pairs (ms): ${samples.without.map((ms, index) => `${Math.round(ms)} / ${Math.round(samples.with[index])}`).join(', ')} (without / with).`);
console.log(`/changes/: ${changes.length} pages, the largest ${(Math.max(...changes) / 1024).toFixed(1)} KB.`);
