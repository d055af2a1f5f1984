import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const spec of process.argv.slice(2)) {
  const [path, width, name, scheme = 'light', media = 'screen', segH = '1000'] = spec.split(',');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
  await page.emulateMedia({ media, colorScheme: scheme });
  await page.goto('http://127.0.0.1:4441' + path);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  const seg = Number(segH);
  for (let y = 0, i = 0; y < h; y += seg, i++) {
    await page.screenshot({ path: `/tmp/sbshots/${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(seg, h - y) } });
  }
  console.log(name, h);
  await page.close();
}
await browser.close();
