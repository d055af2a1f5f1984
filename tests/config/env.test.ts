import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkersFor, envVariables, markContentChecked, parseSite, placeholderSiteNotice, readEnv } from '../../src/config/env';

describe('readEnv', () => {
  it('gives the defaults when nothing is set', () => {
    expect(readEnv({})).toEqual({
      content: undefined,
      site: 'https://briefbook.example.org/',
      siteGiven: false,
      base: '/',
      marking: undefined,
      debug: false,
      chromiumPath: '/usr/bin/chromium',
      testPort: 4329,
      buildWorkers: undefined,
      contentChecked: false,
    });
  });

  it('renders pages in parallel by default only from four cores up, unless told how many threads to use', () => {
    expect(buildWorkersFor(undefined, 1)).toBe(1);
    expect(buildWorkersFor(undefined, 2)).toBe(1);
    expect(buildWorkersFor(undefined, 3)).toBe(1);
    expect(buildWorkersFor(undefined, 4)).toBe(3);
    expect(buildWorkersFor(undefined, 16)).toBe(15);
    expect(buildWorkersFor(readEnv({ BRIEFBOOK_BUILD_WORKERS: '2' }).buildWorkers, 2)).toBe(2);
    expect(buildWorkersFor(readEnv({ BRIEFBOOK_BUILD_WORKERS: '1' }).buildWorkers, 8)).toBe(1);
    expect(() => readEnv({ BRIEFBOOK_BUILD_WORKERS: '0' })).toThrow(/BRIEFBOOK_BUILD_WORKERS=0 cannot be used: expected a whole number from 1/);
    expect(() => readEnv({ BRIEFBOOK_BUILD_WORKERS: 'all' })).toThrow(/BRIEFBOOK_BUILD_WORKERS=all cannot be used/);
  });

  it('trusts a content check only from the same process', () => {
    const env: Record<string, string | undefined> = {};
    expect(readEnv(env).contentChecked).toBe(false);
    markContentChecked(env);
    expect(readEnv(env).contentChecked).toBe(true);
    expect(readEnv({ BRIEFBOOK_CONTENT_CHECKED: String(process.pid + 1) }).contentChecked).toBe(false);
  });

  it('takes the base path from the site address', () => {
    expect(parseSite('https://example.org/briefs')).toEqual({ site: 'https://example.org/briefs/', base: '/briefs/' });
    expect(readEnv({ BRIEFBOOK_SITE: 'https://example.org/a/b/' }).base).toBe('/a/b/');
    expect(readEnv({ BRIEFBOOK_SITE: 'https://example.org/a/b/' }).siteGiven).toBe(true);
    expect(readEnv({ BRIEFBOOK_SITE: 'https://example.org' })).toMatchObject({ site: 'https://example.org/', base: '/' });
  });

  it('treats a blank variable as unset', () => {
    expect(readEnv({ BRIEFBOOK_CONTENT: ' ', BRIEFBOOK_MARKING: '' })).toMatchObject({ content: undefined, marking: undefined });
  });

  it('names the variable and what it expects when a value is unusable', () => {
    expect(() => readEnv({ BRIEFBOOK_SITE: 'example.org/briefs' })).toThrow(/BRIEFBOOK_SITE=example\.org\/briefs cannot be used: expected an absolute http\(s\) address/);
    expect(() => readEnv({ BRIEFBOOK_SITE: 'https://example.org/?x=1' })).toThrow(/no query, fragment/);
    expect(() => readEnv({ BRIEFBOOK_TEST_PORT: 'eighty' })).toThrow(/BRIEFBOOK_TEST_PORT=eighty cannot be used: expected a whole number/);
    expect(() => readEnv({ BRIEFBOOK_DEBUG: 'verbose' })).toThrow(/BRIEFBOOK_DEBUG=verbose cannot be used/);
    expect(readEnv({ BRIEFBOOK_DEBUG: '1' }).debug).toBe(true);
  });

  it('is documented variable by variable in docs/configuration.md', () => {
    const page = readFileSync(path.resolve(import.meta.dirname, '../../docs/configuration.md'), 'utf8');
    for (const variable of envVariables) expect(page, variable.name).toContain(`| \`${variable.name}\` |`);
  });

  it('is the only reader of these variables', () => {
    // Every other module asks src/config/env.ts, so a variable cannot be read two ways.
    const root = path.resolve(import.meta.dirname, '../..');
    const readers = ['astro.config.mjs', 'playwright.config.ts', 'src/contentFiles/contentRoot.ts', 'scripts/build.mjs', 'scripts/ensureChromium.mjs', 'scripts/pdf.mjs', 'tests/e2e/links.spec.ts'];
    for (const file of readers) {
      expect(readFileSync(path.join(root, file), 'utf8'), file).not.toMatch(/process\.env\.(BRIEFBOOK_\w+|CHROMIUM_PATH)|process\.env\[/);
    }
  });
});

describe('placeholderSiteNotice', () => {
  it('tells a build without BRIEFBOOK_SITE which links use the placeholder address and how to set the real one', () => {
    const notice = placeholderSiteNotice(readEnv({}))!;
    expect(notice).toContain('canonical links, the feed, the sitemap and the links in PDFs use the placeholder address https://briefbook.example.org/');
    expect(notice).toContain('BRIEFBOOK_SITE=https://example.org/briefs/ npm run build');
  });

  it('says nothing when the address is given', () => {
    expect(placeholderSiteNotice(readEnv({ BRIEFBOOK_SITE: 'https://example.org/' }))).toBeUndefined();
  });
});
