import { hashShingle, shingleLength, toWords } from './wordShingles';

/**
 * A source's fingerprint: the hash of every run of ten consecutive words of its body, each with the paragraphs
 * it occurs in, and never the text itself, so that a content root can be checked for copied text without
 * holding (or publishing) the article. It lives beside the source's YAML as `sources/<id>.fingerprint`.
 */
export type Fingerprint = Map<string, number[]>;

export const fingerprintExtension = '.fingerprint';

const formatLine = /^([0-9a-f]{16}) (\d+(?:,\d+)*)$/;

/**
 * The fingerprint of numbered paragraphs. Runs do not cross paragraphs: a paragraph is the unit a copy is
 * reported against.
 *
 * @example fingerprintParagraphs([{ number: 1, text: 'one two … eleven' }]) // Map { 'a3f…' => [1], '07c…' => [1] }
 */
export function fingerprintParagraphs(paragraphs: ReadonlyArray<{ number: number; text: string }>): Fingerprint {
  const fingerprint: Fingerprint = new Map();
  for (const { number, text } of paragraphs) {
    const words = toWords(text);
    for (let start = 0; start + shingleLength <= words.length; start++) {
      const hash = hashShingle(words.slice(start, start + shingleLength));
      const numbers = fingerprint.get(hash) ?? [];
      if (!numbers.includes(number)) numbers.push(number);
      fingerprint.set(hash, numbers);
    }
  }
  return fingerprint;
}

/** The file text: a comment saying what it is, then one `hash paragraph[,paragraph…]` line per run, sorted. */
export function formatFingerprint(fingerprint: Fingerprint, { sourceId, paragraphCount }: { sourceId: string; paragraphCount: number }): string {
  const lines = [...fingerprint].map(([hash, paragraphs]) => `${hash} ${paragraphs.join(',')}`).sort();
  return (
    `# Fingerprint of source "${sourceId}" (${paragraphCount} paragraphs), written by \`npm run new -- source\`: the sha256 (first 16 hex\n` +
    `# digits) of every run of ${shingleLength} words of its body, with the paragraph(s) it occurs in; never the text. \`npm run check\`\n` +
    `# reports any run of ${shingleLength} words of the source repeated outside a <Quote>. Regenerate it from the article; do not edit it.\n` +
    `${lines.join('\n')}\n`
  );
}

/**
 * Reads a fingerprint file; a malformed line is reported with its number rather than silently weakening the
 * check.
 */
export function parseFingerprint(text: string): { ok: true; fingerprint: Fingerprint } | { ok: false; line: number; message: string } {
  const fingerprint: Fingerprint = new Map();
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const match = formatLine.exec(line.trim());
    if (!match) {
      return {
        ok: false,
        line: index + 1,
        message: `Expected "<16 hex digits> <paragraph numbers separated by commas>", got "${line.slice(0, 40)}". Regenerate the file with \`npm run new -- source <article> --id <source-id>\` rather than editing it.`,
      };
    }
    fingerprint.set(match[1]!, match[2]!.split(',').map(Number));
  }
  return { ok: true, fingerprint };
}
