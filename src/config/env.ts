// Every environment variable Briefbook reads, read and validated in one place. Plain TypeScript with no imports
// (only erasable syntax), so the Node scripts (scripts/*.mjs, which Node 24 runs with its types stripped),
// astro.config.mjs, the Playwright config and the site's own modules all share it. docs/configuration.md lists
// the same variables for users; keep the two in step.

/** The settings the environment gives, after validation. */
export interface BriefbookEnv {
  /** The content root as given (absolute or relative to the working folder), or undefined for ./content. */
  content: string | undefined;
  /** The public address of the site, always ending in a slash. */
  site: string;
  /** Whether BRIEFBOOK_SITE was given, rather than the default address taken. */
  siteGiven: boolean;
  /** The path the site is served under, from the address: `/` or `/briefs/`. */
  base: string;
  /** A handling marking that replaces the book's own, for one build. */
  marking: string | undefined;
  /** Whether build failures print Astro's full error and stack trace. */
  debug: boolean;
  /** The Chromium executable the browser tests and the PDF export drive. */
  chromiumPath: string;
  /** The local port the browser tests serve the built site on. */
  testPort: number;
  /** How many threads render pages (BRIEFBOOK_BUILD_WORKERS), or undefined to let `buildWorkersFor` choose. */
  buildWorkers: number | undefined;
  /**
   * Whether this process's `npm run build` has already run the content check on the content it is building, so the
   * Astro build inside it need not validate the same content again (see `markContentChecked`).
   */
  contentChecked: boolean;
}

/** One environment variable: what it is for and what it defaults to, for error messages and docs. */
export interface EnvVariable {
  name: string;
  purpose: string;
  defaultValue: string;
}

export const defaultSite = 'https://briefbook.example.org/';

export const envVariables: readonly EnvVariable[] = [
  { name: 'BRIEFBOOK_CONTENT', purpose: 'The content root to build, check, preview or add to: absolute, or relative to the working folder; inside or outside the repository.', defaultValue: './content' },
  { name: 'BRIEFBOOK_SITE', purpose: 'The public address of the site. Its path becomes the base every link, asset, search request, feed and sitemap uses (`https://example.org/briefs/` serves the site under `/briefs/`).', defaultValue: defaultSite },
  { name: 'BRIEFBOOK_MARKING', purpose: "The handling marking printed on every page, replacing `marking` in the book's book.yaml for this build.", defaultValue: "book.yaml's marking" },
  { name: 'BRIEFBOOK_DEBUG', purpose: 'Set to 1 to print Astro’s full error and stack trace when a build fails.', defaultValue: 'off' },
  { name: 'CHROMIUM_PATH', purpose: 'The Chromium the browser tests, the PDF export and the benchmarks drive.', defaultValue: '/usr/bin/chromium' },
  { name: 'BRIEFBOOK_TEST_PORT', purpose: 'The first local port the browser tests serve built sites on (the fixture book uses the next one).', defaultValue: '4329' },
  { name: 'BRIEFBOOK_BUILD_WORKERS', purpose: "How many threads render the site's pages (Astro's `experimental.parallelPrerender`); 1 renders them on the build's own thread.", defaultValue: 'one less than the cores from 4 cores up, else 1' },
];

/** The fewest cores on which rendering pages in parallel is on by default (measured in docs/benchmarks.md). */
export const parallelBuildFromCores = 4;

/**
 * How many threads render pages: the number given, or by default one less than the cores (Astro's own default)
 * from `parallelBuildFromCores` up, and 1 below, where each thread's start-up (loading and indexing the whole book)
 * and the work the threads cannot share cost more than the second core gains.
 *
 * @example buildWorkersFor(undefined, 2) // 1
 * @example buildWorkersFor(undefined, 8) // 7
 * @example buildWorkersFor(3, 2) // 3
 */
export function buildWorkersFor(given: number | undefined, cores: number): number {
  if (given !== undefined) return given;
  return cores >= parallelBuildFromCores ? cores - 1 : 1;
}

// Not a user setting: `npm run build` sets it, for itself and the Astro build it runs, once the content check passed.
const contentCheckedVariable = 'BRIEFBOOK_CONTENT_CHECKED';

/**
 * Records that this process ran the content check (scripts/build.mjs), so that the Astro build it starts, and its
 * prerender threads (which share the process id and inherit the environment), skip the validation that would only
 * repeat it; `passed`, the check still running, is what the loaders wait for (`contentCheckPassed`). The mark is
 * this process's id, so a value left in a shell does not switch any other build's validation off.
 */
export function markContentChecked(env: Env = process.env, passed?: Promise<unknown>): void {
  env[contentCheckedVariable] = String(process.pid);
  if (passed) (globalThis as Record<symbol, unknown>)[contentCheckKey] = passed;
}

// On globalThis because the build script and the loaders Astro runs import this file as two separate modules.
const contentCheckKey = Symbol.for('briefbook.contentCheck');

/**
 * Settles once the content check `npm run build` runs beside Astro has passed (it ends the process when the check
 * fails), at once outside such a build. The loaders wait on it, so Astro starts up while the check runs but no note
 * is read, parsed or compiled before the check has refused what would crash the compiler.
 */
export function contentCheckPassed(): Promise<unknown> {
  return ((globalThis as Record<symbol, unknown>)[contentCheckKey] as Promise<unknown> | undefined) ?? Promise.resolve();
}

/**
 * What a build without BRIEFBOOK_SITE says, once: which links carry the placeholder address, and how to give the
 * real one. Undefined when the address was given.
 *
 * @example placeholderSiteNotice(readEnv({})) // 'BRIEFBOOK_SITE is not set, so canonical links, …'
 */
export function placeholderSiteNotice(env: Pick<BriefbookEnv, 'siteGiven'>): string | undefined {
  if (env.siteGiven) return undefined;
  return (
    `BRIEFBOOK_SITE is not set, so canonical links, the feed, the sitemap and the links in PDFs use the placeholder address ${defaultSite}. ` +
    'Before publishing, build with the real one: BRIEFBOOK_SITE=https://example.org/briefs/ npm run build (see docs/configuration.md).'
  );
}

/** Thrown for a variable whose value cannot be used; the message names it and says what is expected. */
export class EnvError extends Error {
  constructor(name: string, value: string, expected: string) {
    super(`${name}=${value} cannot be used: expected ${expected}.`);
    this.name = 'EnvError';
  }
}

type Env = Record<string, string | undefined>;

/** An unset or blank variable counts as not given, as a shell's `VAR= npm run build` intends. */
const given = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

/**
 * The site's address with a trailing slash, and its path as the base. Only http(s) addresses without a query
 * or fragment are accepted, because every URL of the site is built by appending to them.
 *
 * @example parseSite('https://example.org/briefs') // { site: 'https://example.org/briefs/', base: '/briefs/' }
 */
export function parseSite(value: string): { site: string; base: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EnvError('BRIEFBOOK_SITE', value, 'an absolute http(s) address such as https://example.org/ or https://example.org/briefs/');
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new EnvError('BRIEFBOOK_SITE', value, 'an http(s) address with no query, fragment or credentials, such as https://example.org/briefs/');
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: `${url.origin}${base}`, base };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1024 || port > 65534) throw new EnvError('BRIEFBOOK_TEST_PORT', value, 'a whole number from 1024 to 65534');
  return port;
}

function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new EnvError('BRIEFBOOK_BUILD_WORKERS', value, 'a whole number from 1 (no parallel rendering) to 64');
  return workers;
}

function parseFlag(name: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new EnvError(name, value, '1 or 0 (also true/false, yes/no, on/off)');
}

/**
 * Reads and validates every Briefbook environment variable. Throws an EnvError naming the first variable
 * whose value is unusable.
 *
 * @example readEnv({ BRIEFBOOK_SITE: 'https://example.org/briefs/' }).base // '/briefs/'
 */
export function readEnv(env: Env = process.env): BriefbookEnv {
  const siteValue = given(env, 'BRIEFBOOK_SITE');
  const testPort = given(env, 'BRIEFBOOK_TEST_PORT');
  const buildWorkers = given(env, 'BRIEFBOOK_BUILD_WORKERS');
  return {
    content: given(env, 'BRIEFBOOK_CONTENT'),
    ...(siteValue ? parseSite(siteValue) : { site: defaultSite, base: '/' }),
    siteGiven: siteValue !== undefined,
    marking: given(env, 'BRIEFBOOK_MARKING'),
    debug: parseFlag('BRIEFBOOK_DEBUG', given(env, 'BRIEFBOOK_DEBUG')),
    chromiumPath: given(env, 'CHROMIUM_PATH') ?? '/usr/bin/chromium',
    testPort: testPort ? parsePort(testPort) : 4329,
    buildWorkers: buildWorkers ? parseWorkers(buildWorkers) : undefined,
    contentChecked: given(env, contentCheckedVariable) === String(process.pid),
  };
}

/**
 * readEnv() for the command-line scripts: an unusable variable ends the script with its message and exit code 2,
 * rather than a stack trace from wherever the variable was first needed.
 */
export function readEnvOrExit(env: Env = process.env): BriefbookEnv {
  try {
    return readEnv(env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
