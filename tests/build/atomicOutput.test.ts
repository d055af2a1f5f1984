import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runBuild } from './runBuild';
import { hashTree } from './treeHash';

const target = path.join(projectRoot, '.briefbook/test-builds/atomic/dist');
const fixture = (name: string) => `tests/fixtures/${name}`;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * What finished builds left behind: folders next to the target (incoming, previous), and staging folders of
 * builds that are no longer running (other tests may be building at the same time).
 */
const leftovers = () => [
  ...readdirSync(path.dirname(target)).filter((name) => name !== 'dist'),
  ...readdirSync(path.join(projectRoot, '.briefbook')).filter((name) => /^staging-\d+$/.test(name) && !isRunning(Number(name.slice(8)))),
];

describe('npm run build publishes atomically', () => {
  let goodHash: string;

  beforeAll(async () => {
    rmSync(path.dirname(target), { recursive: true, force: true });
    const result = await runBuild({ content: fixture('minimal'), outDir: target });
    expect(result.code, result.stderr).toBe(0);
    goodHash = hashTree(target);
  }, 120_000);

  it('writes the site when the build succeeds', () => {
    expect(existsSync(path.join(target, 'briefings/harbour-reopening/index.html'))).toBe(true);
  });

  it('leaves the last good site byte-identical when the content check fails', async () => {
    const result = await runBuild({ content: fixture('broken/wrong-type'), outDir: target });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('was not changed');
    expect(hashTree(target)).toBe(goodHash);
  }, 120_000);

  it('leaves the last good site byte-identical when Astro itself fails mid-build', async () => {
    const result = await runBuild({ content: fixture('broken/mdx-expression-throws'), outDir: target });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('An MDX expression in this note failed while the page was rendered');
    expect(hashTree(target)).toBe(goodHash);
  }, 120_000);

  it('replaces the site with the new one when a later build succeeds, leaving nothing behind', async () => {
    const result = await runBuild({ content: fixture('hostile'), outDir: target });
    expect(result.code, result.stderr).toBe(0);
    expect(hashTree(target)).not.toBe(goodHash);
    expect(existsSync(path.join(target, 'briefings/harbour-reopening/index.html'))).toBe(true);
    // The previous build is gone, not merged: a file only the old site had would show up here.
    expect(leftovers()).toEqual([]);
  }, 120_000);
});
