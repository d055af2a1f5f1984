// Turns the benchmark's results into the Markdown of docs/benchmarks.md: tables of medians and ratios, the targets
// with whether each is met, and the machine they were measured on.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const startMarker = '<!-- bench:results:start (written by npm run bench; edit outside these markers) -->';
export const endMarker = '<!-- bench:results:end -->';

const kb = (bytes) => (bytes === undefined ? 'n/a' : bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
const seconds = (ms) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const megabytes = (kbytes) => (kbytes === undefined ? 'n/a' : `${Math.round(kbytes / 1024)} MB`);
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
const times = (value) => (value === undefined ? '' : ` (×${value.toFixed(2)})`);
const check = (ok) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**not met**');
const number = (value) => new Intl.NumberFormat('en-GB').format(value);

/** One row: for each N, "Briefbook / baseline (×ratio)". */
function pairRow(label, results, pick, format) {
  const cells = results.map(({ sites }) => {
    const a = pick(sites.briefbook);
    const b = pick(sites.baseline);
    return `${format(a)} / ${format(b)}${times(ratio(a, b))}`;
  });
  return `| ${label} | ${cells.join(' | ')} |`;
}

/** The most script a first view may load before the reader does anything: the search field's enhancement. */
const smallEnhancementKb = 3;

const pageKindsInOrder = ['briefing', 'home', 'briefing index', 'topic index', 'topic', 'entity index', 'entity', 'source index', 'source', 'figure index', 'figure', 'timeline', 'other'];

/** How many threads rendered Briefbook's pages, and who chose. */
function workersText(machine) {
  if (machine.buildWorkers === undefined) return 'an unrecorded number of threads';
  const threads = machine.buildWorkers === 1 ? 'one thread' : `${machine.buildWorkers} threads (Astro's \`experimental.parallelPrerender\`)`;
  return `${threads}, ${machine.buildWorkersGiven ? 'as BRIEFBOOK_BUILD_WORKERS set' : `Briefbook's default on ${machine.cores} cores`}`;
}

/** The Markdown between the markers of docs/benchmarks.md. */
export function renderReport({ machine, options, results, search, minutes }) {
  const lines = [];
  const header = `| | ${results.map((entry) => `N = ${number(entry.count)}`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---').join('|')}|`;
  const at = (count) => results.find((entry) => entry.count === count);

  lines.push('## Results', '');
  lines.push(
    `Measured on ${machine.date} at commit ${machine.commit || 'unknown'}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB memory, ${machine.os}; ` +
      `Node ${machine.node}, Astro ${machine.astro}, @astrojs/mdx ${machine.mdx}, Pagefind ${machine.pagefind}${search ? `, ${Object.values(search.sites)[0]?.browser}` : ''}. ` +
      `Briefbook rendered its pages on ${workersText(machine)}; the baseline with Astro's defaults (one thread). ` +
      `The whole run took ${minutes.toFixed(1)} minutes; the one-minute load average was ${machine.loadAverage?.start ?? 'n/a'} at the start and ${machine.loadAverage?.end ?? 'n/a'} at the end ` +
      `(above the number of cores, other work competed for the processor, which lengthens wall times more than CPU times).`,
    '',
  );
  lines.push(
    `Each cell is **Briefbook / baseline (×ratio)**, the median of ${[...new Set(results.map((entry) => entry.runs))].join(' or ')} cold builds of each, alternating. ` +
      `Corpus: \`scripts/bench/generateCorpus.mjs\`, seed \`${options.seed}\`, ${options.charts ? 'with a <FigureChart> in each briefing' : 'without <FigureChart> (the component did not exist yet; the key-figure cards stand in for charts)'}.`,
    '',
  );
  lines.push(header, rule);
  lines.push(`| Corpus (briefings / entities / figures / events / sources / topics) | ${results.map(({ shape }) => `${shape.briefings} / ${shape.entities} / ${shape.figures} / ${shape.events} / ${shape.sources} / ${shape.topics}`).join(' | ')} |`);
  lines.push(pairRow('Build wall time', results, (site) => site.buildMs, seconds));
  lines.push(pairRow('CPU time (user + system)', results, (site) => site.cpuMs, seconds));
  lines.push(pairRow('Peak memory (max RSS)', results, (site) => site.maxRssKb, megabytes));
  lines.push(pairRow('Pages (HTML files)', results, (site) => site.pages, (value) => (value === undefined ? 'n/a' : number(value))));
  lines.push(pairRow('Dist size', results, (site) => site.distBytes, kb));
  lines.push(pairRow('Dist size per briefing', results, (site) => site.distBytes / site.briefingPages, kb));
  lines.push(pairRow('HTML per briefing page (median)', results, (site) => site.briefingHtml.median, kb));
  lines.push(pairRow('Largest HTML page of any kind', results, (site) => Math.max(...Object.values(site.byKind).map((kind) => kind.maxBytes)), kb));
  lines.push(pairRow('First view of a briefing, gzip: total', results, (site) => site.firstView.total, kb));
  lines.push(pairRow('— HTML', results, (site) => site.firstView.htmlGzip, kb));
  lines.push(pairRow('— CSS', results, (site) => site.firstView.cssGzip, kb));
  lines.push(pairRow('— JavaScript', results, (site) => site.firstView.jsGzip, kb));
  lines.push(pairRow('Pagefind index (index, fragments, metadata)', results, (site) => site.pagefind.indexBytes, kb));
  lines.push(pairRow('Pagefind folder in all', results, (site) => site.pagefind.bytes, kb));
  lines.push('');
  lines.push(`Build times of every run (ms): ${results.map((entry) => `N = ${entry.count}: Briefbook ${entry.sites.briefbook.buildMsAll.join(', ')}; baseline ${entry.sites.baseline.buildMsAll.join(', ')}`).join('. ')}.`);
  if (results.some((entry) => entry.pagefindAdded)) {
    lines.push('', 'Briefbook had no Pagefind step of its own in this build, so the benchmark ran Pagefind over its output (`scripts/bench/runPagefind.mjs`, the same Node API calls as the baseline\'s integration) and counted that time and memory in its build.');
  }
  lines.push('');

  lines.push('### Where Briefbook\'s page generation goes', '');
  lines.push(
    'Astro\'s own timing of each page it writes, summed by kind (median of the runs); the rest of a build is loading and checking the content, bundling, the search index and publishing. Briefbook renders four pages at a time (`build.concurrency`), and each page\'s time runs from its start to its end, so its sums count the time pages wait for one another and exceed the wall time of page generation (Astro\'s "Completed in"); they show the shares of the kinds, not seconds saved.',
    '',
  );
  const generationKinds = [...new Set(results.flatMap((entry) => Object.keys(entry.sites.briefbook.pageMs ?? {})))].sort(
    (a, b) => (results.at(-1).sites.briefbook.pageMs?.[b] ?? 0) - (results.at(-1).sites.briefbook.pageMs?.[a] ?? 0),
  );
  lines.push(`| Pages | ${results.map((entry) => `N = ${number(entry.count)}`).join(' | ')} |`, rule);
  for (const kind of generationKinds) {
    lines.push(`| ${kind} | ${results.map((entry) => seconds(entry.sites.briefbook.pageMs?.[kind])).join(' | ')} |`);
  }
  lines.push(`| all (baseline: all) | ${results.map((entry) => `${seconds(Object.values(entry.sites.briefbook.pageMs ?? {}).reduce((a, b) => a + b, 0))} (${seconds(Object.values(entry.sites.baseline.pageMs ?? {}).reduce((a, b) => a + b, 0))})`).join(' | ')} |`);
  lines.push('');

  lines.push('### Largest page of each kind (Briefbook)', '');
  lines.push('A page whose size grows with N lists every briefing; the target is that none does.', '');
  lines.push(`| Page kind | ${results.map((entry) => `N = ${number(entry.count)}`).join(' | ')} |`, rule);
  const kinds = pageKindsInOrder.filter((kind) => results.some((entry) => entry.sites.briefbook.byKind[kind]));
  const extraKinds = [...new Set(results.flatMap((entry) => Object.keys(entry.sites.briefbook.byKind)))].filter((kind) => !pageKindsInOrder.includes(kind));
  for (const kind of [...kinds, ...extraKinds]) {
    lines.push(`| ${kind} | ${results.map((entry) => {
      const found = entry.sites.briefbook.byKind[kind];
      return found ? `${kb(found.maxBytes)} (${number(found.count)} page${found.count === 1 ? '' : 's'})` : '—';
    }).join(' | ')} |`);
  }
  lines.push('');

  if (search) {
    const { briefbook, baseline } = search.sites;
    const ms = (value) => `${value.toFixed(0)} ms`;
    lines.push(`### Search in Chromium (N = ${number(search.count)})`, '');
    lines.push(
      `Served from 127.0.0.1 with gzip for text, so the times leave out network latency; each first query in a fresh browser context (empty cache), median of ${briefbook.runs}. ` +
        `**JS API**: in a blank page of the built site, \`import('/pagefind/pagefind.js')\` and \`options()\` (first query only), \`search()\`, then the first result's \`data()\`; Briefbook with its own search options, the baseline with Pagefind's defaults. ` +
        (briefbook.ui
          ? '**Typed**: on a briefing page, focus the header search field and type the query; timed from the input event until the results list is rendered, so it includes the field\'s deliberate pause after typing and, for the first query, loading Pagefind (which starts on focus). '
          : '') +
        `Queries: ${search.queries.map((query) => `“${query}”`).join(', ')}.`,
      '',
    );
    lines.push('| | Briefbook | Baseline |', '|---|---|---|');
    lines.push(`| First query, JS API | ${ms(briefbook.api.first.ms)} | ${ms(baseline.api.first.ms)} |`);
    lines.push(`| Transferred for the first query, JS API | ${kb(briefbook.api.first.bytes)} in ${Math.round(briefbook.api.first.requests)} requests | ${kb(baseline.api.first.bytes)} in ${Math.round(baseline.api.first.requests)} requests |`);
    lines.push(`| Later queries, JS API (median, 95th percentile) | ${briefbook.api.later.ms.toFixed(1)} ms, ${briefbook.api.later.p95.toFixed(1)} ms | ${baseline.api.later.ms.toFixed(1)} ms, ${baseline.api.later.p95.toFixed(1)} ms |`);
    if (briefbook.ui) {
      lines.push(`| First query typed in the search field, until results are shown | ${ms(briefbook.ui.first.ms)} | — |`);
      lines.push(`| Transferred for it | ${kb(briefbook.ui.first.bytes)} in ${Math.round(briefbook.ui.first.requests)} requests | — |`);
      lines.push(`| Later typed queries (median, 95th percentile) | ${ms(briefbook.ui.later.ms)}, ${ms(briefbook.ui.later.p95)} | — |`);
    }
    lines.push('');
  }

  // Targets, from issue 6.
  const t1000 = at(1000);
  const tLarge = results.at(-1);
  const buildRatio = (entry) => entry && ratio(entry.sites.briefbook.buildMs, entry.sites.baseline.buildMs);
  const memoryRatios = results.map((entry) => ratio(entry.sites.briefbook.maxRssKb, entry.sites.baseline.maxRssKb)).filter((value) => value !== undefined);
  const listingKinds = (entry) =>
    Object.entries(entry.sites.briefbook.byKind).filter(([kind]) => kind !== 'briefing').map(([kind, value]) => [kind, value.maxBytes]);
  const growth = (() => {
    const small = results.find((entry) => entry.count >= 1000) ?? results[0];
    if (!small || small === tLarge) return undefined;
    const before = Object.fromEntries(listingKinds(small));
    return listingKinds(tLarge)
      .filter(([kind]) => before[kind])
      .map(([kind, bytes]) => ({ kind, factor: bytes / before[kind] }))
      .sort((a, b) => b.factor - a.factor);
  })();
  const perBriefing = results.map((entry) => entry.sites.briefbook.distBytes / entry.count);
  const firstView = (entry) => entry.sites.briefbook.firstView;
  const worstFirstView = Math.max(...results.map((entry) => firstView(entry).htmlGzip + firstView(entry).cssGzip));
  const worstJs = Math.max(...results.map((entry) => firstView(entry).jsGzip));
  const smallN = results[0];
  const largeN = tLarge;

  lines.push('### Targets', '');
  lines.push('| Target (issues 6 and 17) | Measured | |', '|---|---|---|');
  lines.push(`| Build time ≤ 1.5 × baseline at 1,000 notes | ${t1000 ? `×${buildRatio(t1000).toFixed(2)}` : 'N = 1,000 not run'} | ${check(t1000 ? buildRatio(t1000) <= 1.5 : undefined)} |`);
  if (t1000 && tLarge && tLarge.count > 1000) {
    // Two cold builds on a shared machine vary by a few per cent; a ratio within 0.05 of the 1,000-note one counts as no worse.
    lines.push(`| Ratio no worse at ${number(tLarge.count)} (linear) | ×${buildRatio(tLarge).toFixed(2)} vs ×${buildRatio(t1000).toFixed(2)} | ${check(buildRatio(tLarge) <= buildRatio(t1000) + 0.05)} |`);
  }
  if (growth) {
    const worst = growth[0];
    lines.push(`| A page's size independent of N (listing pages, ${number(results.find((entry) => entry.count >= 1000)?.count ?? 0)} → ${number(tLarge.count)}) | largest growth: ${worst ? `${worst.kind} ×${worst.factor.toFixed(2)}` : 'n/a'} | ${check(worst ? worst.factor <= 1.1 : undefined)} |`);
  }
  if (smallN !== largeN) {
    const spread = Math.max(...perBriefing) / Math.min(...perBriefing);
    lines.push(`| Dist size linear in N | ${perBriefing.map((value) => kb(value)).join(', ')} per briefing | ${check(perBriefing.at(-1) <= perBriefing[Math.min(1, perBriefing.length - 1)] * 1.1)} (spread ×${spread.toFixed(2)}) |`);
  }
  lines.push(`| First view of a briefing ≤ 20 KB gzip (HTML + CSS) | ${kb(worstFirstView)} (largest median over N) | ${check(worstFirstView <= 20 * 1024)} |`);
  // "Beyond a small, measured enhancement": the search field's listeners and shortcuts; Pagefind itself must wait.
  const eagerPagefind = results.some((entry) => firstView(entry).jsFiles.some((file) => file.startsWith('pagefind/')));
  lines.push(
    `| No JavaScript before the reader interacts, beyond a small enhancement (≤ ${smallEnhancementKb} KB gzip, no Pagefind) | ${kb(worstJs)} gzip of scripts on a first view: ${[...new Set(results.flatMap((entry) => firstView(entry).jsFiles))].map((file) => `\`${file.replace(/^_astro\//, '').replace(/\.[\w-]{8}\.js$/, '.js')}\``).join(', ') || 'none'} | ${check(worstJs <= smallEnhancementKb * 1024 && !eagerPagefind)} |`,
  );
  lines.push(`| Peak memory ≤ 1.5 × baseline | ${memoryRatios.map((value) => `×${value.toFixed(2)}`).join(', ') || 'n/a'} | ${check(memoryRatios.length ? Math.max(...memoryRatios) <= 1.5 : undefined)} |`);
  if (search) {
    const { briefbook } = search.sites;
    const first = briefbook.ui?.first ?? briefbook.api.first;
    const how = briefbook.ui ? 'typed in the search field' : 'JS API';
    lines.push(`| Search: first query < 200 ms and < 250 KB (issue 4) | ${first.ms.toFixed(0)} ms, ${kb(first.bytes)} (${how}) | ${check(first.ms < 200 && first.bytes < 250 * 1024)} |`);
    lines.push(`| Search: later queries < 20 ms (issue 4) | ${briefbook.api.later.ms.toFixed(1)} ms (JS API; typed queries add the field's pause after typing) | ${check(briefbook.api.later.ms < 20)} |`);
  }
  lines.push('');
  return lines.join('\n');
}

const template = (results) => `# Benchmarks

How fast Briefbook builds and how light its pages are, compared with a bare Astro 7 + MDX + Pagefind site built
from the same notes. Run it with \`npm run bench\` (see "Running it" below); it rewrites the results section.

${startMarker}
${results}
${endMarker}
`;

/** Replaces the results section of the document, keeping what is written around it; creates the file if needed. */
export function updateDocument(file, markdown) {
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) {
    writeFileSync(file, template(markdown));
    return;
  }
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start < 0 || end < start) {
    writeFileSync(file, `${text.trimEnd()}\n\n${startMarker}\n${markdown}\n${endMarker}\n`);
    return;
  }
  writeFileSync(file, `${text.slice(0, start + startMarker.length)}\n${markdown}\n${text.slice(end)}`);
}
