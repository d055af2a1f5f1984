// `npm run bench`: builds the same generated briefings with Briefbook and with the bare Astro + MDX + Pagefind
// baseline (bench/baseline/), alternating runs, and reports medians and Briefbook/baseline ratios; writes the results
// and the machine into docs/benchmarks.md.
//
// Usage: npm run bench -- [--sizes 100,1000,3000] [--runs 3] [--large-runs 3 --large-from 3000] [--search-size 1000] [--search-runs 5]
//                         [--seed briefbook] [--charts on|off] [--no-search] [--no-doc]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './generateCorpus.mjs';
import { measureOutput } from './measureOutput.mjs';
import { measureSearch } from './measureSearch.mjs';
import { renderReport, updateDocument } from './renderReport.mjs';
import { buildWorkersFor, readEnvOrExit } from '../../src/config/env.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workDir = path.join(projectRoot, '.bench');
const siteBuildScript = path.join(projectRoot, 'scripts/bench/buildSite.mjs');
const timeBin = '/usr/bin/time';

function parseArguments(argv) {
  const options = {
    sizes: [100, 1000, 3000],
    runs: 3,
    largeRuns: 3,
    largeFrom: 3000,
    searchSize: 1000,
    searchRuns: 5,
    seed: 'briefbook',
    charts: 'on',
    search: true,
    doc: path.join(projectRoot, 'docs/benchmarks.md'),
  };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split('=');
    const value = () => inline ?? argv[++index];
    switch (flag) {
      case '--sizes': options.sizes = value().split(',').map((size) => Number(size.replace(/_/g, ''))); break;
      case '--runs': options.runs = Number(value()); break;
      case '--large-runs': options.largeRuns = Number(value()); break;
      case '--large-from': options.largeFrom = Number(value()); break;
      case '--search-size': options.searchSize = Number(value()); break;
      case '--search-runs': options.searchRuns = Number(value()); break;
      case '--seed': options.seed = value(); break;
      case '--charts': options.charts = value(); break;
      case '--no-search': options.search = false; break;
      case '--no-doc': options.doc = undefined; break;
      case '--doc': options.doc = path.resolve(value()); break;
      case '--help':
        console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(0, 6).join('\n'));
        process.exit(0);
      default:
        throw new Error(`Unknown option ${flag}; see --help`);
    }
  }
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`Expected --sizes like 100,1000,3000`);
  if (!(options.runs >= 1)) throw new Error('Expected --runs of at least 1');
  return options;
}

const median = (values) => {
  const defined = values.filter((value) => typeof value === 'number' && !Number.isNaN(value));
  if (defined.length === 0) return undefined;
  const sorted = [...defined].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Astro's own timing of each page it writes ("├─ /briefings/x/index.html (+12ms)"), summed by kind of page, so the
 * report can say where the generation time goes.
 */
function sumPageTimes(output) {
  const byKind = {};
  for (const match of output.matchAll(/[├└]─ \/(\S*) \(\+([\d.]+)(ms|s)\)/g)) {
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const parts = match[1].replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
    const kind =
      parts[0] === 'briefings' ? (parts.length === 2 && parts[1] !== 'page' ? 'briefing pages' : 'briefing index pages')
      : parts[0] === 'book' ? 'briefing book volumes'
      : parts[0] === 'data' && parts[1] === 'charts' ? 'chart downloads (SVG)'
      : parts[0] === 'data' ? 'data downloads (CSV, JSON)'
      : parts[0] === 'entities' ? 'entity pages and index'
      : parts[0] === 'topics' ? 'topic pages and index'
      : parts[0] === 'sources' ? 'source pages and index'
      : 'other pages';
    byKind[kind] = (byKind[kind] ?? 0) + ms;
  }
  return byKind;
}

/**
 * Runs a command under GNU time (`/usr/bin/time -v`) when it is installed, for the peak resident memory of the
 * largest process in the tree; the wall time is measured here either way.
 */
function timedRun(command, args, { env, label }) {
  const useTime = existsSync(timeBin);
  const [file, fileArgs] = useTime ? [timeBin, ['-v', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, fileArgs, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      const status = useTime ? Number(/Exit status: (\d+)/.exec(output)?.[1] ?? code) : code;
      if (status !== 0) {
        reject(new Error(`${label} failed (exit ${status}):\n${output.split('\n').slice(-40).join('\n')}`));
        return;
      }
      const user = /User time \(seconds\): ([\d.]+)/.exec(output);
      const system = /System time \(seconds\): ([\d.]+)/.exec(output);
      const cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : undefined;
      resolve({ ms, cpuMs, maxRssKb: rss ? Number(rss[1]) : undefined, pageMs: sumPageTimes(output) });
    });
  });
}

/**
 * The command that builds a site. Briefbook is built the way `npm run build` does (scripts/build.mjs: the content
 * check, the Astro build with warnings as errors, the check of the output, the atomic publish); the baseline with a
 * plain `astro build` (buildSite.mjs). Without scripts/build.mjs, Briefbook is built like the baseline.
 */
function buildCommand(site, { contentDir, outDir, cacheDir }) {
  const buildScript = path.join(projectRoot, 'scripts/build.mjs');
  if (site === 'briefbook' && existsSync(buildScript)) return [buildScript, '--outDir', outDir];
  return [siteBuildScript, '--site', site, '--content', contentDir, '--out', outDir, '--cache', cacheDir];
}

/**
 * One cold build of a site: its Astro cache folder is emptied first (for Briefbook, node_modules/.astro, where
 * `npm run build` keeps its content store), so no build reuses the previous one's parsed content. A Pagefind pass
 * is added if the build has none of its own.
 */
async function buildOnce(site, { contentDir, outDir }) {
  const cacheDir = site === 'briefbook' && existsSync(path.join(projectRoot, 'scripts/build.mjs')) ? path.join(projectRoot, 'node_modules/.astro') : path.join(workDir, 'cache', site);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const env = { ...process.env, BRIEFBOOK_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  const build = await timedRun(process.execPath, buildCommand(site, { contentDir, outDir, cacheDir }), { env, label: `${site} build of ${contentDir}` });
  let pagefindAdded = false;
  if (!existsSync(path.join(outDir, 'pagefind'))) {
    const pass = await timedRun(process.execPath, [path.join(projectRoot, 'scripts/bench/runPagefind.mjs'), outDir], { env, label: `Pagefind over ${outDir}` });
    build.ms += pass.ms;
    if (build.cpuMs !== undefined) build.cpuMs += pass.cpuMs ?? 0;
    if (build.maxRssKb !== undefined) build.maxRssKb = Math.max(build.maxRssKb, pass.maxRssKb ?? 0);
    pagefindAdded = true;
  }
  return { ...build, pagefindAdded };
}

/**
 * Queries a reader might type: the distinctive part of names of people, places and organisations in the corpus (a
 * person's surname, a place's first word), then a few common words.
 */
function chooseQueries(contentDir) {
  const words = readdirSync(path.join(contentDir, 'entities'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(contentDir, 'entities', file), 'utf8');
      return /^shortName: "([^"]+)"/m.exec(text)?.[1] ?? /^name: "([^" ]+)/m.exec(text)?.[1];
    })
    .filter(Boolean);
  return [words[3], words[7], words[11], 'harbour', words[19], 'convoy', words[23], 'treaty', words[29], 'census'].filter(Boolean);
}

/**
 * How each site searches: Briefbook with its own Pagefind options (src/search/client/pagefindSearchOptions.ts) and, when its
 * pages have a search field, through that field on a briefing page; the baseline with Pagefind's defaults, through
 * the JS API only.
 */
async function describeSearch(site, dir, contentDir) {
  if (site !== 'briefbook') return { searchOptions: {}, uiPage: undefined };
  const optionsFile = path.join(projectRoot, 'src/search/client/pagefindSearchOptions.ts');
  const searchOptions = existsSync(optionsFile) ? { ...(await import(pathToFileURL(optionsFile).href)).pagefindSearchOptions, baseUrl: '/' } : {};
  const ids = readdirSync(path.join(contentDir, 'briefings')).map((file) => file.replace(/\.mdx$/, '')).sort();
  const uiPage = `/briefings/${ids[ids.length >> 1]}/`;
  const html = readFileSync(path.join(dir, uiPage, 'index.html'), 'utf8');
  return { searchOptions, uiPage: html.includes('data-header-search') ? uiPage : undefined };
}

function describeMachine() {
  const cpuModel = (() => {
    try {
      return /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
    } catch {
      return undefined;
    }
  })() ?? os.cpus()[0]?.model ?? 'unknown';
  const osName = (() => {
    try {
      return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    } catch {
      return undefined;
    }
  })() ?? `${os.type()} ${os.release()}`;
  const version = (name) => JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  return {
    cpu: cpuModel,
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: osName,
    node: process.version,
    astro: version('astro'),
    mdx: version('@astrojs/mdx'),
    pagefind: version('pagefind'),
    date: new Date().toISOString().slice(0, 10),
    commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain').length > 0 ? ' (with uncommitted changes)' : ''}`,
    gnuTime: existsSync(timeBin),
    // How many threads render Briefbook's pages (astro.config.mjs makes the same choice); the baseline keeps Astro's
    // default, one.
    buildWorkers: buildWorkersFor(readEnvOrExit().buildWorkers, os.availableParallelism()),
    buildWorkersGiven: readEnvOrExit().buildWorkers !== undefined,
  };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const started = Date.now();
  const loadAtStart = Math.round(os.loadavg()[0] * 10) / 10;
  if (!existsSync(timeBin)) {
    console.warn(
      `Peak memory is measured with GNU time, which is not installed at ${timeBin}.\n` +
        `Install it with:  sudo apt-get install -y time   (Debian/Ubuntu)\n` +
        `Continuing without memory figures.`,
    );
  }
  const charts = options.charts === 'on';
  const machine = describeMachine();
  console.log(`Benchmark on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGb} GB), Node ${machine.node}, Astro ${machine.astro}; Briefbook renders pages on ${machine.buildWorkers} thread${machine.buildWorkers === 1 ? '' : 's'}.`);
  console.log(`Sizes ${options.sizes.join(', ')}; ${options.runs} runs of each site (${options.largeRuns} from ${options.largeFrom} notes); charts in the corpus: ${charts ? 'yes' : 'no'}.`);

  const results = [];
  for (const count of options.sizes) {
    const contentDir = path.join(workDir, `corpus-${count}`);
    const manifest = generateCorpus({ count, seed: options.seed, charts, outDir: contentDir });
    const briefingIds = new Set(readdirSync(path.join(contentDir, 'briefings')).map((file) => file.replace(/\.mdx$/, '')));
    const runs = count >= options.largeFrom ? options.largeRuns : options.runs;
    const samples = { briefbook: [], baseline: [] };
    const outDirs = { briefbook: path.join(workDir, 'out', `briefbook-${count}`), baseline: path.join(workDir, 'out', `baseline-${count}`) };
    let pagefindAdded = false;
    for (let run = 0; run < runs; run += 1) {
      // Alternate which site goes first, so neither always gets a warm file cache or a quiet machine.
      const order = run % 2 === 0 ? ['briefbook', 'baseline'] : ['baseline', 'briefbook'];
      for (const site of order) {
        const sample = await buildOnce(site, { contentDir, outDir: outDirs[site] });
        if (site === 'briefbook') pagefindAdded ||= sample.pagefindAdded;
        samples[site].push(sample);
        console.log(`  N=${count} run ${run + 1}/${runs} ${site.padEnd(9)} ${(sample.ms / 1000).toFixed(2)} s (CPU ${sample.cpuMs ? (sample.cpuMs / 1000).toFixed(2) : 'n/a'} s), ${sample.maxRssKb ? `${Math.round(sample.maxRssKb / 1024)} MB` : 'memory n/a'}`);
      }
    }
    const sizes = { briefbook: measureOutput(outDirs.briefbook, briefingIds), baseline: measureOutput(outDirs.baseline, briefingIds) };
    const entry = { count, shape: manifest.shape, runs, pagefindAdded, sites: {} };
    for (const site of ['briefbook', 'baseline']) {
      entry.sites[site] = {
        buildMs: median(samples[site].map((sample) => sample.ms)),
        buildMsAll: samples[site].map((sample) => Math.round(sample.ms)),
        cpuMs: median(samples[site].map((sample) => sample.cpuMs)),
        pageMs: Object.fromEntries(
          [...new Set(samples[site].flatMap((sample) => Object.keys(sample.pageMs ?? {})))].map((kind) => [kind, median(samples[site].map((sample) => sample.pageMs?.[kind] ?? 0))]),
        ),
        maxRssKb: median(samples[site].map((sample) => sample.maxRssKb)),
        ...sizes[site],
      };
    }
    results.push(entry);
    console.log(`  N=${count}: Briefbook ${(entry.sites.briefbook.buildMs / 1000).toFixed(1)} s, baseline ${(entry.sites.baseline.buildMs / 1000).toFixed(1)} s (×${(entry.sites.briefbook.buildMs / entry.sites.baseline.buildMs).toFixed(2)})`);
  }

  let search;
  const searchCount = options.sizes.includes(options.searchSize) ? options.searchSize : [...options.sizes].filter((size) => size <= options.searchSize).sort((a, b) => b - a)[0];
  if (options.search && searchCount) {
    const contentDir = path.join(workDir, `corpus-${searchCount}`);
    const queries = chooseQueries(contentDir);
    search = { count: searchCount, queries, sites: {} };
    for (const site of ['briefbook', 'baseline']) {
      const dir = path.join(workDir, 'out', `${site}-${searchCount}`);
      const { searchOptions, uiPage } = await describeSearch(site, dir, contentDir);
      search.sites[site] = await measureSearch({ dir, queries, runs: options.searchRuns, searchOptions, uiPage });
      const { api, ui } = search.sites[site];
      console.log(
        `  search N=${searchCount} ${site}: JS API first query ${api.first.ms.toFixed(0)} ms, ${(api.first.bytes / 1024).toFixed(0)} KB; later ${api.later.ms.toFixed(1)} ms` +
          (ui ? `; typed in the header field: first ${ui.first.ms.toFixed(0)} ms, later ${ui.later.ms.toFixed(0)} ms` : ''),
      );
    }
  }

  machine.loadAverage = { start: loadAtStart, end: Math.round(os.loadavg()[0] * 10) / 10 };
  const report = { machine, options: { ...options, doc: undefined, charts }, results, search, minutes: (Date.now() - started) / 60000 };
  mkdirSync(workDir, { recursive: true });
  writeFileSync(path.join(workDir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = renderReport(report);
  console.log(`\n${markdown}`);
  if (options.doc) {
    updateDocument(options.doc, markdown);
    console.log(`Wrote ${path.relative(projectRoot, options.doc)} (raw results in .bench/results.json); ${report.minutes.toFixed(1)} minutes in all.`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
