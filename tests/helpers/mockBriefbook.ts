import { vi } from 'vitest';
import { indexCorpus } from '../../src/lib/indexCorpus';
import { readCorpusFromDisk } from './readCorpusFromDisk';

/**
 * Replaces the build's content loader with the real content read from disk, for component tests under the
 * Container API. Call at the top of a test file: `vi.mock('../../src/data/loadBriefbook', mockBriefbook)`.
 */
export async function mockBriefbook() {
  const book = indexCorpus(readCorpusFromDisk());
  return {
    loadBriefbook: vi.fn(async () => ({
      ...book,
      briefingEntry: () => {
        throw new Error('Rendering briefing MDX needs the real build; component tests render components directly.');
      },
    })),
  };
}
