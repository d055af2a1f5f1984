import { pagefindSearchOptions } from './pagefindSearchOptions';
import type { PagefindApi } from './pagefindApi';

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind's browser API once, on demand: the first focus of a search field calls this, so a page view that
 * never searches downloads nothing of Pagefind. A failed load (offline, a missing bundle) is forgotten so that the
 * next attempt tries again.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    // A runtime URL keeps Vite from bundling Pagefind: it exists only after the build, in the output folder.
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options({ ...pagefindSearchOptions, baseUrl: base });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
