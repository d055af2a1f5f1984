import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The README and the pages under docs/ link to each other and into the repository by relative paths and heading
// anchors; moving a section or renaming a file breaks them silently on GitHub. This checks every such link.

const projectRoot = path.resolve(import.meta.dirname, '../..');
const docsFolder = path.join(projectRoot, 'docs');
const pages = [path.join(projectRoot, 'README.md'), ...readdirSync(docsFolder).filter((name) => name.endsWith('.md')).map((name) => path.join(docsFolder, name))];

/** Markdown without fenced code blocks and code spans, where `[x](y)` is text, not a link. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

/** The targets of inline links and images, `[text](target "title")`. */
function linkTargets(markdown: string): string[] {
  return [...withoutCode(markdown).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!);
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, text] of withoutFences(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const plain = text!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]{1,2}([^`*_]+)[`*_]{1,2}/g, '$1');
    const slug = plain.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

function withoutFences(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** Why a relative link from `page` does not resolve, or undefined when it does. */
function brokenLink(page: string, target: string): string | undefined {
  const [file, anchor] = target.split('#', 2) as [string, string | undefined];
  const resolved = file === '' ? page : path.resolve(path.dirname(page), decodeURIComponent(file));
  if (!existsSync(resolved)) return `${file} does not exist`;
  if (anchor === undefined || anchor === '') return undefined;
  if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) return `#${anchor} points into a file that has no headings`;
  const anchors = headingAnchors(readFileSync(resolved, 'utf8'));
  return anchors.has(decodeURIComponent(anchor)) ? undefined : `${path.relative(projectRoot, resolved)} has no heading with the anchor #${anchor}`;
}

const relativeLinks = pages.flatMap((page) =>
  [...new Set(linkTargets(readFileSync(page, 'utf8')))]
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => [path.relative(projectRoot, page), target, page] as const),
);

describe('relative links in the README and docs/', () => {
  it('finds links and anchors the way GitHub renders them, so a broken one is caught', () => {
    const sample = '# Printing, the book and `PDFs`\n## Tests\n## Tests\n```sh\n# not a heading [x](nowhere.md)\n```\nSee [a](docs/a.md#b) and `[c](d.md)`.';
    expect([...headingAnchors(sample)]).toEqual(['printing-the-book-and-pdfs', 'tests', 'tests-1']);
    expect(linkTargets(sample)).toEqual(['docs/a.md#b']);
    const readme = path.join(projectRoot, 'README.md');
    expect(brokenLink(readme, 'docs/no-such-page.md')).toBe('docs/no-such-page.md does not exist');
    expect(brokenLink(readme, '#no-such-heading')).toBe('README.md has no heading with the anchor #no-such-heading');
    expect(brokenLink(readme, '#quick-start')).toBeUndefined();
  });

  it('covers the README and every page under docs/', () => {
    expect(relativeLinks.length).toBeGreaterThan(pages.length);
  });

  it.each(relativeLinks)('%s → %s resolves', (_shown, target, page) => {
    expect(brokenLink(page, target)).toBeUndefined();
  });
});
