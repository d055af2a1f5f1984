import { spawn } from 'node:child_process';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's Node scripts on a content root and collects its exit code and output. */
function runScript(script: string, args: readonly string[], content: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: projectRoot,
      env: { ...process.env, BRIEFBOOK_CONTENT: content, NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `npm run build`'s script (scripts/build.mjs) on a content root, into an output folder. */
export function runBuild({ content, outDir }: { content: string; outDir: string }): Promise<BuildResult> {
  return runScript('scripts/build.mjs', ['--outDir', outDir], content, { FORCE_COLOR: '0' });
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
