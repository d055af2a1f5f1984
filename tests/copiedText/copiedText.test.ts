import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent';
import { findCopiedText } from '../../src/validation/findCopiedText';
import { fingerprintParagraphs, formatFingerprint, parseFingerprint } from '../../src/copiedText/sourceFingerprint';

// The three-source fixture: every source has a fingerprint made from a made-up article in tests/fixtures/articles/.
const fixture = path.resolve(import.meta.dirname, '../fixtures/two-sources');
const scratch = mkdtempSync(path.join(tmpdir(), 'copied-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function rootWith(name: string, edits: Record<string, (text: string) => string>): string {
  const root = path.join(scratch, name);
  cpSync(fixture, root, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) writeFileSync(path.join(root, file), edit(readFileSync(path.join(root, file), 'utf8')));
  return root;
}
const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`no ${JSON.stringify(from)} in the fixture`);
  return text.replace(from, to);
};
const check = async (root: string) =>
  (await checkContent({ env: { BRIEFBOOK_CONTENT: root }, cwd: scratch, editorial: false })).problems.map(
    (problem) => `${problem.file}${problem.line ? `:${problem.line}` : ''}  ${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
  );

describe('the copied-text check', () => {
  it('accepts the fixture: its prose is its own, and ten words of a source inside <Quote> are allowed', async () => {
    expect(readFileSync(path.join(fixture, 'briefings/channel-works.mdx'), 'utf8')).toContain('every captain on this coast should know it by now');
    expect(await check(fixture)).toEqual([]);
  });

  it('flags copied runs in prose, key judgments, bottom lines, events, figures, entity roles and digests, with the line and the paragraph', async () => {
    const root = rootWith('copies', {
      // A copy that runs through a component still counts: <Entity /> is read as the name it prints.
      'briefings/harbour-reopening.mdx': (text) =>
        replace('The east quay reopened in June', 'The ferry leaves the east quay of <Entity id="northport" /> every morning at seven and returns from Skerry at four')(text)
          .replace('summary: The east quay is open again and registrations rose.', 'summary: Two dredgers will deepen the channel between the outer buoy and the east quay.')
          .replace('More ships will call at the harbour.', 'The board intends to lengthen the pier, hire two more pilots and publish monthly figures.'),
      'briefings/channel-works.mdx': replace(
        'The authority plans spring dredging of the approach',
        'Mariners are advised that work on the approach channel begins on the first Monday of March, so the authority plans dredging of the approach',
      ),
      'events/east-quay-reopens.yaml': replace('summary: The east quay took ships again after repairs.', 'summary: "On Saturdays and Sundays a second boat runs at noon, weather permitting."'),
      'figures/ships-registered.yaml': replace(
        'definition: Vessels entered on the harbour register during the year.',
        'definition: The harbour register recorded more than one hundred and twenty vessels over the year.',
      ),
      'sources/ferry-timetable.yaml': replace('  - Extra sailings at weekends.', '  - A second boat runs at noon, weather permitting, until the end of September.'),
    });
    const problems = await check(root);
    const expected = [
      /^copies\/briefings\/harbour-reopening\.mdx:6  summary: Repeats 14 consecutive words of source "port-authority-notice" ¶2 \("two dredgers will deepen the channel between the outer buoy and the …"\)\. Expected our own words/,
      /^copies\/briefings\/harbour-reopening\.mdx:22  body: Repeats 18 consecutive words of source "ferry-timetable" ¶1 \("the ferry leaves the east quay of northport every/,
      /^copies\/briefings\/harbour-reopening\.mdx:26  body: Repeats 15 consecutive words of source "harbour-report" ¶4/,
      /^copies\/briefings\/channel-works\.mdx:21  body: Repeats 16 consecutive words of source "port-authority-notice" ¶1/,
      /^copies\/events\/east-quay-reopens\.yaml:5  summary: Repeats 12 consecutive words of source "ferry-timetable" ¶2/,
      /^copies\/figures\/ships-registered\.yaml:6  definition: Repeats 14 consecutive words of source "harbour-report" ¶1/,
      /^copies\/sources\/ferry-timetable\.yaml:10  digest ¶2: Repeats 13 consecutive words of source "ferry-timetable" ¶2/,
    ];
    for (const pattern of expected) expect(problems).toContainEqual(expect.stringMatching(pattern));
    expect(problems).toHaveLength(expected.length);
  });

  it('flags an entity role and a key judgment in the front matter', async () => {
    const root = rootWith('front-matter', {
      'entities/mara-ellison.yaml': (text) => text.replace(/^role: .*$/m, 'role: Speaking at the board’s spring meeting, the harbour master said we are open'),
      'briefings/channel-works.mdx': replace('statement: The dredging will limit the largest ships until summer.', 'statement: Vessels drawing more than seven metres must wait for high water before entering.'),
    });
    const problems = await check(root);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.stringMatching(/^front-matter\/briefings\/channel-works\.mdx:8  keyJudgments\[0\]\.statement: Repeats 13 consecutive words of source "port-authority-notice" ¶3/));
    expect(problems).toContainEqual(expect.stringMatching(/^front-matter\/entities\/mara-ellison\.yaml:\d+  role: Repeats 13 consecutive words of source "harbour-report" ¶3/));
  });

  it('reports a fingerprint it cannot read, and one without its source, instead of passing for the wrong reason', async () => {
    const root = rootWith('bad-fingerprints', {
      'sources/ferry-timetable.fingerprint': (text) => text.replace(/\n([0-9a-f]{16}) 1\n/, '\n$1 one\n'),
    });
    writeFileSync(path.join(root, 'sources/old-notice.fingerprint'), '# nothing\n');
    writeFileSync(path.join(root, 'figures/ships-registered.fingerprint'), '# a fingerprint belongs with its source\n');
    const problems = await check(root);
    expect(problems).toHaveLength(3);
    expect(problems).toContainEqual(expect.stringMatching(/^bad-fingerprints\/figures\/ships-registered\.fingerprint  Not read: only \.yaml files count in figures\//));
    problems.splice(problems.findIndex((problem) => problem.includes('figures/ships-registered.fingerprint')), 1);
    expect(problems[0]).toMatch(/^bad-fingerprints\/sources\/ferry-timetable\.fingerprint:\d+  Expected "<16 hex digits> <paragraph numbers separated by commas>"/);
    expect(problems[1]).toMatch(/^bad-fingerprints\/sources\/old-notice\.fingerprint  A fingerprint for no source: there is no sources\/old-notice\.yaml/);
  });
  it('reports an MDX syntax error once, and checks the other files for copies', async () => {
    const root = rootWith('syntax', {
      'briefings/channel-works.mdx': (text) => `${text}\n<Cite p={2} source="port-authority-notice"\n`,
      'events/east-quay-reopens.yaml': replace('summary: The east quay took ships again after repairs.', 'summary: "On Saturdays and Sundays a second boat runs at noon, weather permitting."'),
    });
    const problems = await check(root);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^syntax\/briefings\/channel-works\.mdx:\d+  MDX syntax error/);
    expect(problems[1]).toMatch(/^syntax\/events\/east-quay-reopens\.yaml:5  summary: Repeats 12 consecutive words of source "ferry-timetable" ¶2/);
  });
});

describe('fingerprints', () => {
  const paragraphs = [
    { number: 1, text: 'Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda.' },
    { number: 2, text: 'Nothing here is long enough.' },
    { number: 3, text: 'ALPHA, beta — gamma delta epsilon zeta eta theta iota kappa!' },
  ];

  it('hold hashes with paragraph numbers and none of the words', () => {
    const text = formatFingerprint(fingerprintParagraphs(paragraphs), { sourceId: 'greek', paragraphCount: 3 });
    const body = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(body).toHaveLength(2);
    expect(body.every((line) => /^[0-9a-f]{16} \d+(,\d+)*$/.test(line))).toBe(true);
    expect(text.toLowerCase()).not.toMatch(/alpha|kappa/);
    const parsed = parseFingerprint(text);
    expect(parsed.ok && [...parsed.fingerprint.values()].sort()).toEqual([[1], [1, 3]]);
  });

  it('find a run once however long it is, folded for case and punctuation', () => {
    const fingerprint = fingerprintParagraphs(paragraphs);
    const entry = { collection: 'figures' as const, file: 'x.yaml', data: { definition: 'So: alpha beta gamma delta epsilon zeta eta theta iota kappa lambda, and more.' }, lineOf: () => 7, fieldPrefix: [] };
    expect(findCopiedText([entry], [{ sourceId: 'greek', fingerprint }], () => '')).toEqual([
      { file: 'x.yaml', line: 7, field: 'definition', message: expect.stringMatching(/^Repeats 11 consecutive words of source "greek" ¶1, ¶3 \("alpha beta/) },
    ]);
    expect(findCopiedText([{ ...entry, data: { definition: 'alpha beta gamma delta epsilon zeta eta theta iota' } }], [{ sourceId: 'greek', fingerprint }], () => '')).toEqual([]);
  });
});
