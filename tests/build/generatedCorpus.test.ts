import { execFile } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generateCorpus.mjs';
import { projectRoot, runBuild } from './runBuild';

const run = promisify(execFile);
const folder = path.join(projectRoot, '.briefbook/test-builds/generated-corpus');
const content = path.join(folder, 'content');

describe('the benchmark corpus', () => {
  let ids: string[];

  beforeAll(() => {
    rmSync(folder, { recursive: true, force: true });
    generateCorpus({ count: 20, seed: 'build', charts: true, outDir: content });
    ids = readdirSync(path.join(content, 'briefings')).map((file) => file.replace(/\.mdx$/, ''));
  });

  it('passes Briefbook’s content check and builds with npm run build', async () => {
    const result = await runBuild({ content, outDir: path.join(folder, 'briefbook') });
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    for (const id of ids) expect(existsSync(path.join(folder, 'briefbook', 'briefings', id, 'index.html')), id).toBe(true);
  });

  it('builds with the bare baseline site, Pagefind index included', async () => {
    await run(process.execPath, ['scripts/bench/buildSite.mjs', '--site', 'baseline', '--content', content, '--out', path.join(folder, 'baseline')], {
      cwd: projectRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const id of ids) expect(existsSync(path.join(folder, 'baseline', 'briefings', id, 'index.html')), id).toBe(true);
    expect(existsSync(path.join(folder, 'baseline', 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
