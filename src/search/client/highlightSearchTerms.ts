import { highlightParam } from './pagefindSearchOptions';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}
type PagefindHighlightConstructor = new (options: PagefindHighlightOptions) => unknown;

/** The class of the `<mark>`s; styled in SearchHighlight.astro. */
export const highlightClass = 'pagefind-highlight';

/**
 * Marks the searched words on a page opened from a search result (`?highlight=…`), with Pagefind's highlight
 * script, and brings the first visible mark into view. The script (about 44 kB) is loaded only when the URL asks for
 * it. Pagefind would inject a `<style>` element, which a strict Content-Security-Policy blocks, so its styles are
 * turned off and ours used instead.
 */
export async function highlightSearchTerms(): Promise<void> {
  if (!new URLSearchParams(window.location.search).has(highlightParam)) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`);
  const PagefindHighlight = (window as unknown as { PagefindHighlight?: PagefindHighlightConstructor }).PagefindHighlight;
  if (!PagefindHighlight) return;
  new PagefindHighlight({
    highlightParam,
    addStyles: false,
    markOptions: { className: highlightClass, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '.search-meta'] },
  });
  // A fragment (#section) already decides where the page opens; otherwise show the first match that can be seen.
  if (window.location.hash) return;
  const first = [...document.querySelectorAll<HTMLElement>(`mark.${highlightClass}`)].find((mark) => mark.getClientRects().length > 0);
  first?.scrollIntoView({ block: 'center' });
}
