import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScript } from './runBuild';

/** Whether a process still runs: a killed process whose parent is gone can linger as a zombie until reaped. */
const isAlive = (pid: number) => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

describe('runScript', () => {
  it('kills a script that runs past its bound, with the processes it started, and says which one hung', async () => {
    const started = performance.now();
    const result = await runScript('tests/build/hangForever.mjs', ['--outDir', 'nowhere'], 'tests/fixtures/minimal', { timeoutMs: 1_500 });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.timedOut).toBe(true);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Killed after 1.5 s without finishing: tests/build/hangForever.mjs --outDir nowhere (BRIEFBOOK_CONTENT=tests/fixtures/minimal)');
    const childPid = Number(/child (\d+)/.exec(result.stdout)?.[1]);
    expect(childPid).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isAlive(childPid), 'the hung script’s own child must be killed too').toBe(false);
  });

  it('leaves a script that finishes in time alone', async () => {
    const result = await runScript('scripts/check.mjs', [], 'tests/fixtures/minimal', { timeoutMs: 60_000 });
    expect(result.timedOut).toBeUndefined();
    expect(result.code, result.stderr).toBe(0);
  });
});
