import { spawn } from 'node:child_process';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the script was killed for running longer than its bound; stderr then ends with what was killed. */
  timedOut?: boolean;
}

/**
 * The longest a script may run before it is killed: a hung child (once, a Node shutdown hang) would otherwise
 * hold the whole suite until Vitest's hook timeout, with no word of which build it was. A fixture build takes
 * 5–40 s here even with two at once.
 */
export const scriptTimeoutMs = 150_000;

/**
 * Runs one of the project's Node scripts on a content root and collects its exit code and output. A script
 * still running after `timeoutMs` is killed with everything it started (it runs in its own process group),
 * and the result says which script, on which content, was killed.
 */
export function runScript(
  script: string,
  args: readonly string[],
  content: string,
  { env = {}, timeoutMs = scriptTimeoutMs }: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: projectRoot,
      env: { ...process.env, BRIEFBOOK_CONTENT: content, NO_COLOR: '1', ...env },
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (!timedOut) return resolve({ code, stdout, stderr });
      const hung = `${script} ${args.join(' ')} (BRIEFBOOK_CONTENT=${content})`.trim();
      resolve({ code, stdout, stderr: `${stderr}\nKilled after ${timeoutMs / 1000} s without finishing: ${hung}\n`, timedOut: true });
    });
  });
}

/** Runs `npm run build`'s script (scripts/build.mjs) on a content root, into an output folder. */
export function runBuild({ content, outDir, env = {} }: { content: string; outDir: string; env?: Record<string, string> }): Promise<BuildResult> {
  return runScript('scripts/build.mjs', ['--outDir', outDir], content, { env: { FORCE_COLOR: '0', ...env } });
}

/** Runs tasks with at most `limit` at a time (the machine has two cores; each build is a process). */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Runs `npm run new`'s script (scripts/new.mjs) with the given arguments on a content root. */
export function runNew(content: string, args: string[]): Promise<BuildResult> {
  return runScript('scripts/new.mjs', args, content);
}
