import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { distDir, listFiles } from '../helpers/builtSite';

// The validity gate for HTML: every page of the built site passes html-validate with the project's
// .htmlvalidate.json (the recommended rules; see docs/testing.md for the one rule turned off and why).
test('every page of the built site is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = listFiles().filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(10);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(path.join(distDir, page));
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`);
    }
  }
  expect(errors).toEqual([]);
});

// The second validity gate: the W3C Nu HTML checker (vnu.jar, Java 17+), which parses as browsers do and so
// catches what html-validate's rules do not (a stray <script> after </html>, invalid SVG). Every page and every
// standalone SVG chart go to one Java process: the JVM takes longer to start than the checker takes per file.
test('every page and standalone SVG passes the Nu HTML checker', async () => {
  test.setTimeout(300_000);
  const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');
  const files = listFiles().filter((file) => file.endsWith('.html') || /^data\/charts\/.+\.svg$/.test(file));
  expect(files.filter((file) => file.endsWith('.svg')).length).toBeGreaterThan(0);
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--also-check-svg', ...files.map((file) => path.join(distDir, file))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`Could not run Java for the Nu HTML checker (${run.error.message}): install a Java 17+ runtime, e.g. apt-get install default-jre-headless`);
  // vnu writes its JSON report to stderr and exits non-zero when it finds errors.
  const report = JSON.parse(run.stderr) as { messages: { type: string; subType?: string; url?: string; lastLine?: number; message: string }[] };
  const errors = report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => `${path.relative(distDir, (message.url ?? '').replace(/^file:/, ''))}:${message.lastLine ?? '?'} ${message.message}`);
  expect(errors).toEqual([]);
});
