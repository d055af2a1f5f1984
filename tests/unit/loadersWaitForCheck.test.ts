import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { markContentChecked } from '../../src/config/env';
import { contentFolderLoader } from '../../src/loaders/contentFolderLoader';
import { yamlMapLoader } from '../../src/loaders/yamlMapLoader';

// `npm run build` starts Astro while its content check runs; the promise that nothing reaches the MDX compiler (or
// the YAML parser) before the check has refused bad content rests on the loaders waiting for it. These loaders are
// every loader content.config.ts uses.

/** A loader context that records every call the loader makes on it (store.clear(), parseData(), …). */
function recordingContext(folder: string) {
  const touched: string[] = [];
  const record = (name: string) =>
    new Proxy(() => undefined, {
      get: (_target, key) => record(`${name}.${String(key)}`),
      apply: () => (touched.push(`${name}()`), undefined),
    });
  const context = new Proxy({}, {
    get: (_target, key) => {
      if (key === 'config') return { root: new URL(`file://${folder}/`) };
      return record(String(key));
    },
  });
  return { context: context as never, touched };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
let folder = '';

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('briefbook.contentCheck')];
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the content loaders wait for the build’s content check', () => {
  for (const [name, makeLoader] of [
    // An empty folder of notes: once the check has passed, the loader clears the store.
    ['contentFolderLoader', (dir: string) => contentFolderLoader(path.join(dir, 'briefings'), '.mdx')],
    ['yamlMapLoader', (dir: string) => yamlMapLoader(path.join(dir, 'topics.yaml'))],
  ] as const) {
    it(`${name} reads nothing until the check has passed`, async () => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'briefbook-loader-'));
      writeFileSync(path.join(folder, 'topics.yaml'), 'a-topic:\n  title: A topic\n');
      mkdirSync(path.join(folder, 'briefings'));
      let pass!: () => void;
      markContentChecked({}, new Promise<void>((resolve) => (pass = resolve)));
      const { context, touched } = recordingContext(folder);
      const loading = makeLoader(folder).load(context).catch(() => undefined);
      await settle();
      expect(touched).toEqual([]);
      pass();
      await loading;
      expect(touched.length).toBeGreaterThan(0);
    });
  }
});
