// Astro logger destination for scripts/build.mjs (Astro 7 `logger.entrypoint`). Progress goes to stdout as
// usual; warnings and errors are held back and recorded, because the build wrapper decides what they mean
// (Briefbook treats them as failures) and prints one clear message instead of a log full of stack traces.
const dateTimeFormat = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/**
 * Events at warn or error level, for the wrapper; shared through globalThis because Astro imports this file itself.
 * @type {Array<{ level: string, label: string, message: string }>}
 */
export const recordedEvents = (/** @type {any} */ (globalThis).__briefbookBuildEvents ??= []);

/**
 * @param {{ quiet?: boolean }} [config]
 * @returns {{ write(event: { level: string, label: string, message: string, newLine?: boolean }): void }}
 */
export default function buildLogger(config = {}) {
  return {
    write(event) {
      if (event.level === 'warn' || event.level === 'error') {
        recordedEvents.push({ level: event.level, label: event.label, message: String(event.message) });
        return;
      }
      if (config.quiet || event.level === 'debug') return;
      // Astro gives the lines of its page list no label (null); they print as Astro's own logger prints them.
      const label = event.label ? `[${event.label}] ` : '';
      const text = event.label === 'SKIP_FORMAT' ? event.message : `${dateTimeFormat.format(new Date())} ${label}${event.message}`;
      process.stdout.write(text + (event.newLine === false ? '' : '\n'));
    },
  };
}

/**
 * The recorded events that fail a build: every error and every warning. (A warning known to be harmless is filtered
 * where it arises, as astro.config.mjs does for Rolldown's note about Astro's "use astro:head-inject" MDX directive.)
 * @param {Array<{ level: string, label: string, message: string }>} events
 */
export function objectionsIn(events) {
  return events.filter((event) => event.level === 'error' || event.level === 'warn');
}
