import { describe, expect, it, vi } from 'vitest';
import { shareOnce } from '../../src/corpus/shareOnce';

describe('shareOnce', () => {
  it('computes a value once for its two uses, then forgets it', async () => {
    const store = shareOnce<string>(2);
    const render = vi.fn(async () => '<p>prose</p>');
    expect(await store.take('a', render)).toBe('<p>prose</p>');
    expect(store.size).toBe(1);
    expect(await store.take('a', render)).toBe('<p>prose</p>');
    expect(render).toHaveBeenCalledTimes(1);
    expect(store.size).toBe(0);
    // A third use computes afresh.
    await store.take('a', render);
    expect(render).toHaveBeenCalledTimes(2);
  });
  it('keeps values apart by key', async () => {
    const store = shareOnce<number>(2);
    expect(await store.take('a', async () => 1)).toBe(1);
    expect(await store.take('b', async () => 2)).toBe(2);
    expect(await store.take('a', async () => 3)).toBe(1);
  });
  it('does not keep a failed computation', async () => {
    const store = shareOnce<string>(2);
    await expect(store.take('a', async () => Promise.reject(new Error('broken MDX')))).rejects.toThrow('broken MDX');
    expect(store.size).toBe(0);
    expect(await store.take('a', async () => 'fixed')).toBe('fixed');
  });
});
