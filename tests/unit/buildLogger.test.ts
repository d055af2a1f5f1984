import { afterEach, describe, expect, it, vi } from 'vitest';
import buildLogger, { objectionsIn, recordedEvents } from '../../scripts/lib/buildLogger.mjs';

describe('the build logger', () => {
  afterEach(() => {
    recordedEvents.length = 0;
    vi.restoreAllMocks();
  });

  it('prints progress and holds warnings and errors back for the build to judge', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const destination = buildLogger();
    destination.write({ level: 'info', label: 'build', message: '3 page(s) built', newLine: true });
    destination.write({ level: 'warn', label: 'glob-loader', message: 'No files found matching "*.mdx"', newLine: true });
    destination.write({ level: 'error', label: 'content', message: 'Error reading data from topics.yaml', newLine: true });
    expect(written.join('')).toMatch(/\[build\] 3 page\(s\) built\n$/);
    expect(recordedEvents.map((event) => event.level)).toEqual(['warn', 'error']);
  });

  it('prints a line Astro gives no label without a "[null]" label (issue 20)', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    buildLogger().write({ level: 'info', label: null as unknown as string, message: '  ├─ /index.html (+3ms)', newLine: true });
    expect(written.join('')).not.toContain('[null]');
    expect(written.join('')).toMatch(/^\d\d:\d\d:\d\d   ├─ \/index\.html \(\+3ms\)\n$/);
  });

  it('fails a build on any error and any warning, and on nothing else', () => {
    const events = [
      { level: 'warn', label: 'glob-loader', message: 'No files found matching "*.mdx" in directory "content/briefings"' },
      { level: 'info', label: 'build', message: '3 page(s) built' },
      { level: 'error', label: 'content', message: 'Invalid content reference' },
    ];
    expect(objectionsIn(events).map((event) => event.label)).toEqual(['glob-loader', 'content']);
  });
});
