// Writes the fingerprint of the source article's body: the hash of every run of ten consecutive words, one per
// line. The test that no sentence of the article is copied into the project compares against these hashes, so
// the repository never has to hold the article's text. Run it again if the article changes:
//   node_modules/.bin/node scripts/fingerprintSource.mjs ../shared/source/article.md
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const articlePath = process.argv[2] ?? '../shared/source/article.md';
const outputPath = 'tests/content/source-fingerprint.txt';
const shingleLength = 10;

// Must fold text exactly as src/lib/wordShingles.ts does.
const toWords = (text) =>
  text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’‘`]/g, '').match(/[a-z0-9]+/g) ?? [];
const hash = (words) => createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);

const paragraphs = readFileSync(articlePath, 'utf8')
  .split('\n')
  .filter((line) => /^¶\d+\.\s/.test(line))
  .map((line) => line.replace(/^¶\d+\.\s/, ''));
if (paragraphs.length === 0) throw new Error(`No numbered paragraphs (¶n.) found in ${articlePath}`);

const hashes = new Set();
for (const paragraph of paragraphs) {
  const words = toWords(paragraph);
  for (let start = 0; start + shingleLength <= words.length; start++) hashes.add(hash(words.slice(start, start + shingleLength)));
}
const header = `# ${shingleLength}-word run hashes of ${paragraphs.length} body paragraphs (sha256, first 16 hex digits); see scripts/fingerprintSource.mjs\n`;
writeFileSync(outputPath, header + [...hashes].sort().join('\n') + '\n');
console.log(`${hashes.size} hashes from ${paragraphs.length} paragraphs → ${outputPath}`);
