// Prints where a build spends its time, from a V8 CPU profile written by `node --cpu-prof`.
// Used to find the causes of slow builds (see docs/benchmarks.md, "Profiling").
//
// Usage: node scripts/bench/summarizeCpuProfile.mjs PROFILE.cpuprofile [--top 30] [--filter src/]
import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('Usage: node scripts/bench/summarizeCpuProfile.mjs PROFILE.cpuprofile [--top 30] [--filter TEXT]');
  process.exit(1);
}
const option = (name, fallback) => {
  const index = rest.indexOf(name);
  return index >= 0 ? rest[index + 1] : fallback;
};
const top = Number(option('--top', 30));
const filter = option('--filter', '');

const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

// Each sample is charged to its node; time deltas are in microseconds.
const selfTime = new Map();
profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0);

const label = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
};

const self = new Map();
const inclusive = new Map();
for (const [id, time] of selfTime) {
  const node = nodes.get(id);
  self.set(label(node), (self.get(label(node)) ?? 0) + time);
  // Charge every distinct frame on the stack once, so recursion is not counted twice.
  const seen = new Set();
  for (let current = id; current !== undefined; current = parents.get(current)) {
    const name = label(nodes.get(current));
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + time);
  }
}

const print = (title, map) => {
  console.log(`\n${title} (of ${(total / 1e6).toFixed(2)} s sampled)`);
  [...map]
    .filter(([name]) => name.includes(filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, time]) => console.log(`${(time / 1e3).toFixed(0).padStart(8)} ms  ${((time / total) * 100).toFixed(1).padStart(5)}%  ${name}`));
};
print('Self time', self);
print('Inclusive time', inclusive);
