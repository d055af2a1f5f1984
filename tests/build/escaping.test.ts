import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { readFeed } from '../helpers/readFeed';
import { walkHtml, type HtmlNode } from '../helpers/walkHtml';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runBuild } from './runBuild';

const outDir = path.join(projectRoot, '.briefbook/test-builds/hostile');
const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>'];

const filesUnder = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });

describe('content carrying HTML and script payloads (tests/fixtures/hostile)', () => {
  beforeAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    const result = await runBuild({ content: 'tests/fixtures/hostile', outDir });
    expect(result.code, result.stderr).toBe(0);
  }, 120_000);

  it('comes out as text in every page: no script, image or event handler is created', () => {
    const pages = filesUnder(outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    let textWithPayloads = 0;
    for (const page of pages) {
      const document = parse(readFileSync(page, 'utf8')) as unknown as HtmlNode;
      for (const node of walkHtml(document)) {
        const where = `${path.relative(outDir, page)} <${node.tagName}>`;
        if (node.tagName === 'script') {
          const text = (node.childNodes ?? []).map((child) => child.value ?? '').join('');
          expect(text, where).not.toContain('alert(');
        }
        if (node.tagName === 'img') expect(node.attrs?.find((attr) => attr.name === 'src')?.value, where).not.toBe('x');
        for (const attr of node.attrs ?? []) expect(attr.name, where).not.toMatch(/^on/);
        if (node.nodeName === '#text' && payloads.some((payload) => node.value?.includes(payload))) textWithPayloads++;
      }
    }
    // The payloads did reach the pages, as text (titles, summaries, names, labels).
    expect(textWithPayloads).toBeGreaterThan(10);
  });

  it('keeps the payloads out of attributes except as escaped values', () => {
    const briefing = readFileSync(path.join(outDir, 'briefings/harbour-reopening/index.html'), 'utf8');
    const document = parse(briefing) as unknown as HtmlNode;
    const title = [...walkHtml(document)].find((node) => node.tagName === 'meta' && node.attrs?.some((attr) => attr.value === 'og:title'));
    expect(title?.attrs?.find((attr) => attr.name === 'content')?.value).toContain(payloads[1]);
  });

  it('comes out escaped in XML feeds and sitemaps', () => {
    const xmlFiles = filesUnder(outDir).filter((file) => file.endsWith('.xml'));
    expect(xmlFiles.length).toBeGreaterThan(0);
    for (const file of xmlFiles) {
      const text = readFileSync(file, 'utf8');
      for (const payload of payloads) expect(text, file).not.toContain(payload.replace('"', ''));
    }
    expect(readFileSync(path.join(outDir, 'rss.xml'), 'utf8')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('reaches feed readers as plain text: no element in any description, titles and summaries word for word', () => {
    const { items } = readFeed(readFileSync(path.join(outDir, 'rss.xml'), 'utf8'));
    expect(items).toHaveLength(1);
    const [item] = items;
    // The description is HTML to a reader (RSS 2.0); the summary's payloads must come out of it as text.
    expect(item!.descriptionElements).toEqual([]);
    expect(item!.descriptionText).toBe('Summary <script>alert(1)</script> and "><img src=x onerror=alert(2)>');
    // Titles and categories are plain text in RSS 2.0: a parser hands them over as the author wrote them.
    expect(item!.title).toBe('Harbour <script>alert(1)</script> "><img src=x onerror=alert(2)>');
    expect(item!.categories).toEqual(['Ports <script>alert(1)</script>']);
  });
});
