// `npm run build`: builds the site with Astro into a staging folder and swaps it into place as dist/ only when
// the build and its checks succeed, so a failed build never leaves a half-written or smaller site, and the last
// good dist/ stays exactly as it was. A failure prints one message that names the file, the field or line, and
// what was expected.
//
//   node scripts/build.mjs [--outDir <folder>]     (default: dist; BRIEFBOOK_CONTENT picks the content root)
//
// Set BRIEFBOOK_DEBUG=1 to see Astro's full error with its stack trace.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { objectionsIn, recordedEvents } from './lib/buildLogger.mjs';
import { projectRoot } from './lib/importSource.mjs';
import { markContentChecked, placeholderSiteNotice, readEnvOrExit } from '../src/config/env.ts';
import { isProcessAlive } from './lib/isProcessAlive.mjs';
import { locateMdxRuntimeError } from './lib/locateMdxRuntimeError.mjs';
import { acquireProjectLock } from './lib/projectLock.mjs';
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';

const started = performance.now();
const env = readEnvOrExit();
const { debug } = env;

function parseOutDir(argv) {
  const index = argv.findIndex((arg) => arg === '--outDir' || arg.startsWith('--outDir='));
  if (index === -1) return 'dist';
  return argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
}

const target = path.resolve(parseOutDir(process.argv.slice(2)));
const targetName = path.relative(process.cwd(), target).startsWith('..') ? target : path.relative(process.cwd(), target) || '.';
const workDir = path.join(projectRoot, '.briefbook');
// Inside the project on purpose: Astro keeps its per-build scratch files next to an outDir within the project,
// so parallel builds (the fixture tests) do not share them.
const staging = path.join(workDir, `staging-${process.pid}`);
const previous = path.join(path.dirname(target), `.${path.basename(target)}.previous-${process.pid}`);


/** Clears what an interrupted build left behind, and puts back a published site it had moved aside. */
function recoverFromInterruptedBuilds() {
  mkdirSync(workDir, { recursive: true });
  for (const name of readdirSync(workDir)) {
    const pid = Number(/^(?:staging|trash)-(\d+)$/.exec(name)?.[1]);
    if (pid && !isProcessAlive(pid)) rmSync(path.join(workDir, name), { recursive: true, force: true });
  }
  const parent = path.dirname(target);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const pid = Number(new RegExp(`^\\.${path.basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.previous-(\\d+)$`).exec(name)?.[1]);
    if (!pid || isProcessAlive(pid)) continue;
    if (existsSync(target)) rmSync(path.join(parent, name), { recursive: true, force: true });
    else renameSync(path.join(parent, name), target);
  }
}

/**
 * Moves the finished build into place with renames: the old site steps aside, the new one takes its name, and
 * the old one is deleted. A reader sees the old site or the new one, never a half-written folder.
 */
function publish() {
  mkdirSync(path.dirname(target), { recursive: true });
  let incoming = staging;
  if (statSync(path.dirname(target)).dev !== statSync(staging).dev) {
    // A rename cannot cross file systems; copy next to the target first, then rename there.
    incoming = path.join(path.dirname(target), `.${path.basename(target)}.incoming-${process.pid}`);
    cpSync(staging, incoming, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
  const hadSite = existsSync(target);
  if (hadSite) renameSync(target, previous);
  try {
    renameSync(incoming, target);
  } catch (error) {
    if (hadSite) renameSync(previous, target);
    throw error;
  }
  if (hadSite) removeInBackground(previous);
}

/**
 * Deletes a replaced site without making the build wait for it: the folder is moved into the work folder and a
 * detached process removes it. Where the move cannot be a rename (another file system), it is removed here.
 */
function removeInBackground(folder) {
  const trash = path.join(workDir, `trash-${process.pid}`);
  try {
    renameSync(folder, trash);
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  spawn(process.execPath, ['-e', `require('node:fs').rmSync(${JSON.stringify(trash)}, { recursive: true, force: true })`], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}

/** Removes Markdown emphasis and terminal colours from Astro's messages. */
const plain = (text) => String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '').replace(/\*\*/g, '').trim();

const displayPath = (file) => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
};

/** One line for one error: `file:line:column  message`, with the file's own line where the bundler's is off. */
function describeOneError(error) {
  const loc = error?.loc?.file ? error.loc : error?.id ? { file: error.id } : undefined;
  let line = loc?.line;
  // Bundler errors about an import count lines of the compiled module; find the import in the file itself.
  if (loc?.file && error.exporter && existsSync(loc.file)) {
    const index = readFileSync(loc.file, 'utf8').split('\n').findIndex((text) => text.includes(error.exporter));
    if (index !== -1) line = index + 1;
  }
  const where = loc?.file ? `${displayPath(loc.file)}${line ? `:${line}` : ''}${line === loc.line && loc.column ? `:${loc.column}` : ''}  ` : '';
  let message = plain(error?.message).split('\n')[0].replace(/^\[[A-Z_]+\]\s*/, '').replace(/^\d+:\d+:\s*/, '');
  if (error?.code === 'UNRESOLVED_IMPORT') message = `${message.replace(/ in \S+$/, '')}. Expected a file at that path, relative to this file.`;
  if (error?.name === 'MDXError') message = `MDX syntax error: ${message}`;
  const note = error?.name !== 'MDXError' ? locateMdxRuntimeError(error) : undefined;
  if (note) {
    const noteWhere = `${displayPath(note.file)}${note.line ? `:${note.line}` : ''}  `;
    return `  ${noteWhere}An MDX expression in this note failed while the page was rendered: ${error.name ?? 'Error'}: ${message}. Expected every {…} expression to run without error; check the values it uses.`;
  }
  return `  ${where}${message}`;
}

function describeAstroError(error) {
  const parts = Array.isArray(error?.errors) && error.errors.length > 0 ? error.errors : [error];
  const title = plain(error?.title) || (parts.length > 1 ? `${parts.length} errors` : 'the site could not be built');
  const lines = [`Build failed: ${title}`, ...parts.map(describeOneError)];
  if (error?.hint && !/docs\.astro\.build/.test(error.hint)) lines.push(`Hint: ${plain(error.hint)}`);
  if (debug && error?.stack) lines.push('', error.stack);
  return lines.join('\n');
}

/**
 * The content check (the same schemas and cross-references the build applies), on a second thread while this
 * one starts Astro: it reports every problem at once, one line each, in the authors' terms. Astro's loaders read
 * no content before it has answered, so content the check refuses (code in a note, nesting deep enough to crash
 * the MDX compiler) never reaches the compiler, and bad content fails in seconds. The same thread checks the output at
 * the end (`checkOutput`, failure message or null).
 * `contentProblems` resolves with `{ failure, drafts }`: the failure message (null when the content is sound)
 * and the drafts the site leaves out.
 */
function startContentChecker() {
  const worker = new Worker(new URL('./lib/contentCheckWorker.mjs', import.meta.url));
  const answer = () =>
    new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The content check stopped with exit code ${code} before answering`)));
    });
  const contentProblems = answer();
  // While Astro builds, the waiting thread must not keep this process alive on its own.
  contentProblems.then(() => worker.unref(), () => {});
  return {
    contentProblems,
    checkOutput(outputFolder, drafts) {
      worker.ref();
      const outputProblems = answer();
      worker.postMessage({ outputFolder, drafts });
      return outputProblems;
    },
  };
}

let releaseLock = () => {};

function fail(message) {
  releaseLock();
  rmSync(staging, { recursive: true, force: true });
  console.error(`${message}\n\n${existsSync(target) ? `${targetName}/ was not changed: it still holds the last good build.` : `Nothing was written to ${targetName}/.`}`);
  process.exit(1);
}

recoverFromInterruptedBuilds();
rmSync(staging, { recursive: true, force: true });

// Bad content stops the build before Astro compiles anything, and the check's message is the one printed:
// Astro's own error about the same content would be vaguer, or a crash. Astro starts up meanwhile (loading itself,
// its config and its integrations), but its loaders wait for the check to pass (contentCheckPassed), so no note is
// read or compiled before the check has answered.
const contentChecker = startContentChecker();
const contentChecked = contentChecker.contentProblems.then(
  ({ failure, drafts }) => {
    if (failure) fail(failure);
    if (drafts.length > 0) {
      console.log(`Leaving out ${drafts.length} draft${drafts.length === 1 ? '' : 's'} (draft: true; \`npm run check\` lists what each still needs): ${drafts.map((draft) => draft.file).join(', ')}`);
    }
    return drafts;
  },
  (error) => fail(`Build failed: the content check crashed: ${error.message}`),
);
// The Astro build below (and its prerender threads) need not validate the same content again.
markContentChecked(process.env, contentChecked);

let buildError;
releaseLock = await acquireProjectLock(path.join(workDir, 'astro.lock'), {
  onWait: (pid) => console.log(`Waiting for another build of this project to finish (process ${pid})…`),
});
try {
  const { build } = await import('astro');
  await build({
    root: projectRoot,
    outDir: staging,
    logger: { entrypoint: path.join(projectRoot, 'scripts/lib/buildLogger.mjs') },
  });
} catch (error) {
  buildError = error;
} finally {
  releaseLock();
}
// Whatever Astro made of the content, the check's verdict on it comes first.
const drafts = await contentChecked;
const objections = objectionsIn(recordedEvents);
if (buildError || objections.length > 0) {
  if (buildError) fail(describeAstroError(buildError));
  fail(
    `Build failed: Astro reported ${objections.length === 1 ? 'a warning' : `${objections.length} warnings or errors`}, and Briefbook treats them as errors:\n` +
      objections.map((event) => `  [${event.label}] ${plain(event.message).split('\n').join('\n    ')}`).join('\n'),
  );
}

const outputProblems = await contentChecker.checkOutput(staging, drafts).catch((error) => fail(`Build failed: the check of the output crashed: ${error.message}`));
if (outputProblems) fail(outputProblems);

publish();
console.log(`Published ${targetName}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
const siteNotice = placeholderSiteNotice(env);
if (siteNotice) console.log(siteNotice);
