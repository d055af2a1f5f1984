import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { staticHeaders } from '../../src/integrations/staticHeaders';

const page = (script: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self'"><script>${script}</script></head><body></body></html>`;
const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

async function site(files: Record<string, string>) {
  const root = await mkdtemp(path.join(tmpdir(), 'headers-handed-'));
  for (const [file, html] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), html);
  }
  return root;
}

async function runHook(headers: ReturnType<typeof staticHeaders>, root: string) {
  const logger = { info: () => {}, warn: () => {} } as unknown as AstroIntegrationLogger;
  await headers.hooks['astro:config:done']!({ config: { base: '/' } } as never);
  await headers.hooks['astro:build:done']!({ dir: pathToFileURL(`${root}/`), logger, pages: [], assets: new Map() } as never);
  return readFile(path.join(root, '_headers'), 'utf8');
}

// The search pass hands each page it reads to the _headers pass (astro.config.mjs), so that pages are read once.
describe('the _headers pass with pages handed over', () => {
  it('takes the policy of a handed-over page from what it was handed, and reads the other pages itself', async () => {
    const root = await site({ 'a/index.html': page('onDisk()'), 'b/index.html': page('onlyOnDisk()') });
    const headers = staticHeaders();
    headers.readPage(path.join('a', 'index.html'), page('handedOver()'));
    const written = await runHook(headers, root);
    expect(written).toContain(hashOf('handedOver()'));
    expect(written).toContain(hashOf('onlyOnDisk()'));
    expect(written).not.toContain(hashOf('onDisk()'));
  });

  it('fails on a handed-over page without its policy, naming the page, as it does for a page it reads', async () => {
    const root = await site({ 'a/index.html': page('fine()') });
    const headers = staticHeaders();
    headers.readPage(path.join('a', 'index.html'), '<!DOCTYPE html><html><head></head><body></body></html>');
    await expect(runHook(headers, root)).rejects.toThrow(/a\/index\.html has no <meta http-equiv="content-security-policy">/);
  });

  it('forgets the handed-over pages after a build, so the next build reads its own', async () => {
    const root = await site({ 'a/index.html': page('secondBuild()') });
    const headers = staticHeaders();
    headers.readPage(path.join('a', 'index.html'), page('firstBuild()'));
    expect(await runHook(headers, root)).toContain(hashOf('firstBuild()'));
    expect(await runHook(headers, root)).toContain(hashOf('secondBuild()'));
  });
});
