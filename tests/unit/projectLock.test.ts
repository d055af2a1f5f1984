import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireProjectLock } from '../../scripts/lib/projectLock.mjs';

describe('acquireProjectLock', () => {
  it('lets one holder in at a time, in turn', async () => {
    const lock = path.join(mkdtempSync(path.join(tmpdir(), 'lock-')), 'astro.lock');
    const order: string[] = [];
    const hold = async (name: string) => {
      const release = await acquireProjectLock(lock, { pollMs: 10 });
      order.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 30));
      order.push(`${name} out`);
      release();
    };
    await Promise.all([hold('a'), hold('b'), hold('c')]);
    // Whatever the order, nobody enters before the previous holder has left.
    for (let index = 0; index < order.length; index += 2) {
      expect(order[index]!.endsWith(' in')).toBe(true);
      expect(order[index + 1]).toBe(order[index]!.replace(' in', ' out'));
    }
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a process that has died', async () => {
    const lock = path.join(mkdtempSync(path.join(tmpdir(), 'lock-')), 'astro.lock');
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'pid'), '999999999');
    const release = await acquireProjectLock(lock, { pollMs: 10 });
    expect(existsSync(path.join(lock, 'pid'))).toBe(true);
    release();
  });
});
