import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntryPages, insertPdfLink } from '../../scripts/pdf.mjs';
import { listPdfJobs, pdfFolderOf } from '../../scripts/pdf/pdfJobs.mjs';
import { routes } from '../../src/routing/routes';

describe('insertPdfLink', () => {
  const page = '<div><span class="print-tools__pdf" data-pdf-slot="/pdf/a.pdf" data-astro-cid-x></span><span data-pdf-slot="/pdf/b.pdf"></span></div>';

  it('fills the slot of that PDF only, keeping the address the build wrote', () => {
    const linked = insertPdfLink(page, 'a.pdf', 'A4, 2 pages');
    expect(linked).toContain('data-pdf-slot="/pdf/a.pdf" data-astro-cid-x><a class="pdf-link" href="/pdf/a.pdf" type="application/pdf" download>Download PDF <small>A4, 2 pages</small></a></span>');
    expect(linked).toContain('<span data-pdf-slot="/pdf/b.pdf"></span>');
  });
  it('replaces its own link when run again instead of adding a second', () => {
    const twice = insertPdfLink(insertPdfLink(page, 'a.pdf', 'A4, 2 pages'), 'a.pdf', 'Letter, 3 pages');
    expect(twice.match(/class="pdf-link"/g)).toHaveLength(1);
    expect(twice).toContain('Letter, 3 pages');
  });
  it('leaves a page without a slot alone', () => {
    expect(insertPdfLink('<p>no slot</p>', 'a.pdf', 'x')).toBe('<p>no slot</p>');
  });
});

describe('findEntryPages', () => {
  it('numbers each entry by the first page after the contents that holds it', () => {
    const pages = ['Cover', 'Contents First note Second note Appendix A', 'First note text', 'more', 'Second note text', 'Appendix A figures'];
    expect(findEntryPages(pages, ['First note', 'Second note', 'Appendix A'])).toEqual([3, 5, 6]);
  });
  it('searches on from the previous entry, so a title quoted earlier in the book is not taken for its start', () => {
    const pages = ['Contents One Two', 'Intro that mentions Two', 'One begins', 'Two begins'];
    expect(findEntryPages(pages, ['One', 'Two'])).toEqual([3, 4]);
  });
  it('matches titles that wrap across lines and leaves missing ones undefined', () => {
    expect(findEntryPages(['Contents A long\ntitle B', 'A long title', 'nothing'], ['A long  title', 'Missing', 'B'])).toEqual([2, undefined, undefined]);
  });
});

describe('listPdfJobs', () => {
  it('prints each built briefing, the book and its later volumes, at the routes and file names the pages link to', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'pdf-jobs-'));
    for (const page of ['briefings/first-note', 'briefings/second-note', 'briefings/page/2', 'book', 'book/volume/2', 'book/volume/3']) {
      mkdirSync(path.join(dist, page), { recursive: true });
      writeFileSync(path.join(dist, page, 'index.html'), '<!doctype html>');
    }
    const jobs = listPdfJobs(dist, routes);
    expect(jobs).toEqual([
      { route: 'briefings/first-note/', pdf: 'first-note.pdf' },
      { route: 'briefings/second-note/', pdf: 'second-note.pdf' },
      { route: 'book/', pdf: 'briefing-book.pdf' },
      { route: 'book/volume/2/', pdf: 'briefing-book-volume-2.pdf' },
      { route: 'book/volume/3/', pdf: 'briefing-book-volume-3.pdf' },
    ]);
    // Each file is where the page's slot points (routes.briefingPdf and co.).
    expect(`/${path.relative(dist, path.join(pdfFolderOf(dist, routes), jobs[0]!.pdf))}`).toBe(routes.briefingPdf('first-note'));
    rmSync(dist, { recursive: true, force: true });
  });
});
