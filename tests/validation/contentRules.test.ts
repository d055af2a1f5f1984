import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/corpus';
import { findCodeBeforeCompiling } from '../../src/validation/findCodeBeforeCompiling';
import { findDuplicateTitles } from '../../src/validation/findDuplicateTitles';
import { findEmptyBriefings } from '../../src/validation/findEmptyBriefings';
import { findExcessiveNesting, maxNestingDepth } from '../../src/validation/findExcessiveNesting';
import { findFarFutureDates, latestAllowedDay } from '../../src/validation/findFarFutureDates';
import { findInvisibleCharacters } from '../../src/validation/findInvisibleCharacters';
import { findModuleSyntax } from '../../src/validation/findModuleSyntax';
import { findReferenceLoops } from '../../src/validation/findReferenceLoops';
import { findSymlinks } from '../../src/validation/findSymlinks';
import { findUnsafeLinks, schemeOf } from '../../src/validation/findUnsafeLinks';
import { readContentText } from '../../src/contentFiles/readContentText';
import { showInvisible } from '../../src/validation/showInvisible';
import type { MdastNode } from '../../src/prose/walkMdast';
import { parsePartialDate } from '../../src/schemas/partialDate';

const tree = (mdx: string) => mdxToMdast(mdx) as MdastNode;
const scratch = mkdtempSync(path.join(tmpdir(), 'briefbook-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readContentText', () => {
  const write = (name: string, bytes: number[]) => {
    const file = path.join(scratch, name);
    writeFileSync(file, Buffer.from(bytes));
    return file;
  };

  it('reads UTF-8, including four-byte characters', () => {
    const text = 'café 🚢\n';
    expect(readContentText(write('ok.yaml', [...Buffer.from(text)]), 'ok.yaml')).toEqual({ ok: true, text });
  });

  it.each([
    ['a Latin-1 é', [0x61, 0x0a, 0x62, 0xe9, 0x0a], 3, 2, '0xE9'],
    ['a truncated sequence', [0x61, 0xe2, 0x82], 1, 1, '0xE2'],
    ['an overlong encoding of "/"', [0xc0, 0xaf], 0, 1, '0xC0'],
    ['an encoded surrogate', [0x0a, 0x0a, 0xed, 0xa0, 0x80], 2, 3, '0xED'],
  ])('refuses %s, naming the byte, its offset and its line', (_, bytes, offset, line, hex) => {
    const result = readContentText(write('bad.yaml', bytes), 'content/bad.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ file: 'content/bad.yaml', line });
    expect(result.problem.message).toContain(`byte ${hex} at offset ${offset} (line ${line})`);
  });
});

describe('findSymlinks', () => {
  it('reports links to files and to folders, at any depth, and skips dot-folders', () => {
    const root = path.join(scratch, 'root');
    mkdirSync(path.join(root, 'figures'), { recursive: true });
    mkdirSync(path.join(root, '.git'), { recursive: true });
    writeFileSync(path.join(root, 'figures/a.yaml'), 'x: 1\n');
    symlinkSync('a.yaml', path.join(root, 'figures/b.yaml'));
    symlinkSync('/etc', path.join(root, 'events'));
    symlinkSync('/etc/hostname', path.join(root, '.git/hooks'));
    const problems = findSymlinks(root, scratch);
    expect(problems.map((problem) => problem.file)).toEqual(['root/events', 'root/figures/b.yaml']);
    expect(problems[0]!.message).toMatch(/^Symbolic link \(to \/etc\)/);
  });
});

describe('showInvisible and findInvisibleCharacters', () => {
  it('shows invisible characters and curly quotes as escapes', () => {
    expect(showInvisible('diplomacy\u200b')).toBe('diplomacy\\u200b');
    expect(showInvisible('“a”\u00a0b')).toBe('\\u201ca\\u201d\\u00a0b');
  });

  it('allows them in plain prose, where they change nothing that is referenced', () => {
    expect(findInvisibleCharacters('x.mdx', 'word\u200bjoined and 10\u00a0000 ships, “quoted”.\n', () => false)).toEqual([]);
  });

  it('refuses them inside a tag or an expression, and in YAML', () => {
    expect(findInvisibleCharacters('x.mdx', '<Entity id="northport\u200b" />\n', () => false)[0]!.message).toContain('"id="northport\\u200b"');
    expect(findInvisibleCharacters('x.yaml', 'a: 1\nname: Mara\u2060 Ellison\n', () => true)).toMatchObject([{ line: 2 }]);
  });

  it('allows a byte-order mark at the very start of a file', () => {
    expect(findInvisibleCharacters('x.yaml', '\ufeffa: 1\n', () => true)).toEqual([]);
  });

  it('refuses a curly single quote opening an attribute after other attributes', () => {
    const [problem] = findInvisibleCharacters('x.mdx', 'Text <Quote p={3} by=\u2018mara\u2019>Hi</Quote>\n', () => false);
    expect(problem!.message).toMatch(/Curly quote \\u2018 \(left single quotation mark\) around the value of the attribute by.*straight single quote/);
  });
});

describe('findExcessiveNesting', () => {
  it(`accepts ${maxNestingDepth} levels and refuses one more, for each kind of nesting`, () => {
    const cases = [
      (depth: number) => `${'> '.repeat(depth)}deep`,
      (depth: number) => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item`).join('\n'),
      (depth: number) => `${'('.repeat(depth)}x${')'.repeat(depth)}`,
      (depth: number) => `${'<span>'.repeat(depth)}x${'</span>'.repeat(depth)}`,
      (depth: number) => `${'*'.repeat(depth)}x${'*'.repeat(depth)}`,
    ];
    for (const make of cases) {
      expect(findExcessiveNesting('x.mdx', make(maxNestingDepth)), make(3)).toEqual([]);
      expect(findExcessiveNesting('x.mdx', make(maxNestingDepth + 1)), make(3)).toHaveLength(1);
    }
  });

  it('forgets brackets left open at the end of a paragraph, and ignores code blocks and thematic breaks', () => {
    const paragraphs = Array.from({ length: 40 }, () => 'An aside (never closed.').join('\n\n');
    expect(findExcessiveNesting('x.mdx', paragraphs)).toEqual([]);
    expect(findExcessiveNesting('x.mdx', `\`\`\`\n${'['.repeat(100)}\n\`\`\`\n\n${'_'.repeat(60)}\n`)).toEqual([]);
  });
});

describe('findModuleSyntax and findCodeBeforeCompiling', () => {
  it('names import and export statements with their lines', () => {
    const problems = findModuleSyntax('x.mdx', tree('Prose.\n\nexport const a = 1;\n\nimport b from "node:fs";\n'));
    expect(problems.map((problem) => [problem.line, problem.message.slice(0, 10)])).toEqual([
      [3, 'An export '],
      [5, 'An import '],
    ]);
  });

  it('leaves the words in prose and code blocks alone', () => {
    expect(findModuleSyntax('x.mdx', tree('We import grain and export oil.\n\n```js\nimport fs from "node:fs";\n```\n'))).toEqual([]);
  });

  it('checks the whole file, front matter included, with file lines', () => {
    expect(findCodeBeforeCompiling('x.mdx', '---\ntitle: X\n---\n\nimport fs from "node:fs";\n')).toMatchObject([{ line: 5 }]);
    expect(findCodeBeforeCompiling('x.mdx', `---\ntitle: X\n---\n\n${'>'.repeat(3000)}\n`)[0]!.message).toMatch(/^Nested 3000 levels deep/);
  });
});

describe('findUnsafeLinks', () => {
  it.each([
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['  java\tscript:alert(1)', 'javascript'],
    ['data:text/html,x', 'data'],
    ['https://example.org', 'https'],
    ['/topics/', undefined],
    ['#judgments', undefined],
    ['../x:y', undefined],
  ])('reads the scheme of %j as a browser does', (url, scheme) => {
    expect(schemeOf(url)).toBe(scheme);
  });

  it('refuses unsafe schemes in links, definitions, images and URL attributes, and allows the rest', () => {
    const mdx = [
      '[a](https://example.org) [b](mailto:x@example.org) [c](/topics/) [d](vbscript:x)',
      '',
      '[ref]: file:///etc/passwd',
      '',
      '![map](data:image/svg+xml,<svg/>)',
      '',
      '<a href="https://example.org">ok</a> <img src="javascript:x" /> <a href={"javascript:y"}>z</a>',
    ].join('\n');
    const problems = findUnsafeLinks('x.mdx', tree(mdx));
    expect(problems.map((problem) => [problem.line, problem.field, /uses the (\w+): scheme/.exec(problem.message)?.[1]])).toEqual([
      [1, undefined, 'vbscript'],
      [3, undefined, 'file'],
      [5, undefined, 'data'],
      [7, '<img src>', 'javascript'],
      [7, '<a href>', 'javascript'],
    ]);
  });
});

const entity = (id: string, data: Record<string, unknown>) => ({ id, filePath: `content/entities/${id}.yaml`, data: data as never });

describe('findReferenceLoops', () => {
  it('reports a three-entity loop once, and leaves chains that end alone', () => {
    const problems = findReferenceLoops({
      entities: [
        entity('a', { partOf: { id: 'b' } }),
        entity('b', { partOf: { id: 'c' } }),
        entity('c', { partOf: { id: 'a' } }),
        entity('d', { partOf: { id: 'a' } }),
        entity('e', { partOf: { id: 'f' } }),
        entity('f', {}),
      ],
    });
    expect(problems).toEqual([{ file: 'content/entities/a.yaml', field: 'partOf', message: expect.stringContaining('A loop: a → b → c → a.') }]);
  });

  it('checks operator chains on their own', () => {
    const problems = findReferenceLoops({ entities: [entity('camp', { operator: { id: 'group' } }), entity('group', { operator: { id: 'camp' }, partOf: { id: 'camp' } })] });
    expect(problems.map((problem) => problem.field)).toEqual(['operator']);
  });
});

describe('findFarFutureDates', () => {
  const today = new Date('2026-11-30T12:00:00Z');
  const corpus = (briefingDate: string, eventDate: string) =>
    ({
      briefings: [{ id: 'b', filePath: 'b.mdx', body: 'x', bodyLine: 1, data: { date: briefingDate, asOf: '2026-01-01' } }],
      events: [{ id: 'e', filePath: 'e.yaml', data: { date: parsePartialDate(eventDate) } }],
      figures: [],
      entities: [],
      sources: [],
      topics: [],
    }) as unknown as Corpus;

  it('allows up to a year after today, and refuses the day after', () => {
    expect(latestAllowedDay(today)).toBe('2027-11-30');
    expect(findFarFutureDates(corpus('2027-11-30', '2027-11'), today)).toEqual([]);
    expect(findFarFutureDates(corpus('2027-12-01', '2027-12'), today).map((problem) => problem.field)).toEqual(['date', 'date']);
  });

  it('judges a year or month by its first day', () => {
    expect(findFarFutureDates(corpus('2026-01-01', '2027'), today)).toEqual([]);
    expect(findFarFutureDates(corpus('2026-01-01', '2028'), today)[0]!.message).toContain('The date 2028 is more than a year after today (2026-11-30)');
  });
});

describe('findDuplicateTitles and findEmptyBriefings', () => {
  const briefing = (id: string, title: string, order: number, body = 'Text.') => ({ id, filePath: `${id}.mdx`, body, bodyLine: 10, data: { title, order } as never });

  it('treats case, spacing and curly apostrophes as the same title, and names the later briefing', () => {
    const problems = findDuplicateTitles({ briefings: [briefing('b', 'Northport’s  harbour', 2), briefing('a', "northport's harbour", 1), briefing('c', 'Other', 3)] });
    expect(problems).toEqual([{ file: 'b.mdx', field: 'title', message: expect.stringContaining('is also the title of a.mdx') }]);
  });

  it('counts a body of comments only as empty', () => {
    const problems = findEmptyBriefings({ briefings: [briefing('a', 'A', 1, '{/* to do */}\n'), briefing('b', 'B', 2, '')] });
    expect(problems.map((problem) => [problem.file, problem.line])).toEqual([
      ['a.mdx', 10],
      ['b.mdx', 10],
    ]);
  });
});

describe('figure values', () => {
  const figure = (value: number, qualifier: string) => ({
    label: 'Ships',
    value,
    unit: { singular: 'ship', plural: 'ships' },
    qualifier,
    asOf: '2025-01-01',
    definition: 'Ships.',
    citations: [{ source: 'harbour-report', paragraphs: [1] }],
  });
  const messages = async (value: number, qualifier: string) => {
    const { figureSchema } = await import('../../src/schemas/figure');
    const result = await figureSchema.safeParseAsync(figure(value, qualifier));
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('refuses a negative count whatever the qualifier', async () => {
    expect(await messages(-1, 'exact')).toEqual([expect.stringMatching(/^value: Expected 0 or more, got -1/)]);
  });

  it('allows 0 only as an exact count', async () => {
    expect(await messages(0, 'exact')).toEqual([]);
    expect(await messages(0, 'about')).toEqual([expect.stringMatching(/^value: Expected a number above 0 with qualifier "about"/)]);
  });
});
