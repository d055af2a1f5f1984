// Indexes a built site with Pagefind's Node API, the same way the baseline's integration does. The benchmark uses it
// for a Briefbook build that has no Pagefind step of its own, so that both sites are measured with a search index.
//
// Usage: node scripts/bench/runPagefind.mjs DIST_DIR
import path from 'node:path';
import { close, createIndex } from 'pagefind';

const site = path.resolve(process.argv[2] ?? 'dist');
const { index, errors } = await createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await close();
console.log(`Pagefind indexed ${added.page_count} pages in ${site}`);
