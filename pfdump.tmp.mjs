import * as pagefind from 'pagefind';
import zlib from 'node:zlib';
const { index } = await pagefind.createIndex({});
await index.addDirectory({ path: process.argv[2] ?? 'dist' });
const { files } = await index.getFiles();
for (const f of files) if (f.path.includes('fragment')) {
  const j = JSON.parse(zlib.gunzipSync(Buffer.from(f.content)).toString().slice(12));
  if (!process.argv[3] || j.url.includes(process.argv[3])) console.log(JSON.stringify(j, null, 1).slice(0, 6000));
}
await pagefind.close();
