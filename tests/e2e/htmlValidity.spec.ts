import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
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
