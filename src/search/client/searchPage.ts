import { describeSearchHit, type SearchHit } from './describeSearchHit';
import { searchFacets, type FacetKey } from '../shared/searchFacets';
import { searchPageTypeLabels, searchPageTypes, type SearchPageType } from '../shared/searchPageTypes';
import { emptySearchState, hasFilters, parseSearchState, serializeSearchState, type SearchState } from './searchState';
import { splitExcerpt } from './splitExcerpt';
import { installSearchShortcuts } from './installSearchShortcuts';
import { loadPagefind } from './loadPagefind';
import type { PagefindApi, PagefindFilterCounts, PagefindResult } from './pagefindApi';
import { runSearch } from './runSearch';

/** Results shown at first and added by each "Show more". */
const pageSize = 10;
/** Facet values shown before "Show all". */
const facetPreview = 8;
const typingDelay = 60;
const announceDelay = 700;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Builds an excerpt from text nodes and `<mark>`s rather than parsing Pagefind's HTML. */
function excerptNode(html: string, className: string): HTMLElement {
  const node = element('span', `search-excerpt ${className}`);
  node.append(...splitExcerpt(html).map((part) => (part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text))));
  return node;
}

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The label a facet value shows: the type facet uses plural names, the others their own values. */
function valueLabel(key: FacetKey, value: string): string {
  return key === 'type' && value in searchPageTypeLabels ? searchPageTypeLabels[value as SearchPageType] : value;
}

/** Orders a facet's values: types as the site lists them, years newest first, the rest by count, then name. */
function orderValues(key: FacetKey, counts: Record<string, number>): string[] {
  const values = Object.keys(counts);
  if (key === 'type') return values.sort((a, b) => searchPageTypes.indexOf(a as SearchPageType) - searchPageTypes.indexOf(b as SearchPageType));
  if (key === 'year') return values.sort((a, b) => b.localeCompare(a));
  return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
}

/**
 * The search page: results as the reader types, their count, excerpts with the matches marked, facets with counts
 * that narrow the results, sorting, and the whole search in the URL (`?q=…&topic=…&sort=date`), so it can be shared,
 * bookmarked, and stepped through with the browser's back and forward buttons.
 */
export function startSearchPage(root: HTMLElement): void {
  const app = root.querySelector<HTMLElement>('[data-search-app]')!;
  const fallback = root.querySelector<HTMLElement>('[data-search-fallback]')!;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-facets]')!;
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const clearButton = root.querySelector<HTMLButtonElement>('[data-clear-filters]')!;
  const countText = root.querySelector<HTMLElement>('[data-search-count]')!;
  const live = root.querySelector<HTMLElement>('[data-search-live]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

  // With JavaScript running, the search replaces the "needs JavaScript" note.
  fallback.hidden = true;
  app.hidden = false;

  let state: SearchState = parseSearchState(window.location.search);
  let results: PagefindResult[] = [];
  let shown = 0;
  let sequence = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const expandedFacets = new Set<FacetKey>();
  let pagefind: PagefindApi | undefined;
  let lastCounts: PagefindFilterCounts = {};

  const announce = (text: string) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      live.textContent = text;
    }, announceDelay);
  };

  function describeFilters(): string {
    const chosen = searchFacets.flatMap((facet) => state.filters[facet.key].map((value) => `${facet.label}: ${valueLabel(facet.key, value)}`));
    return chosen.length > 0 ? `, filtered by ${chosen.join('; ')}` : '';
  }

  /** Puts the state in the address bar: a new history entry for a deliberate choice, a replaced one while typing. */
  function writeUrl(mode: 'push' | 'replace') {
    const query = serializeSearchState(state);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function showState() {
    if (input.value.trim() !== state.query) input.value = state.query;
    sortSelect.value = state.sort;
    clearButton.hidden = !hasFilters(state);
  }

  function renderHit(hit: SearchHit): HTMLLIElement {
    const item = element('li', 'search-result');
    item.append(element('p', 'search-result__label', hit.label));
    const heading = element('h3', 'search-result__title');
    const link = element('a', undefined, hit.title);
    link.href = hit.url;
    heading.append(link);
    item.append(heading);
    if (hit.excerpt) {
      const excerpt = element('p', 'search-result__excerpt');
      excerpt.append(excerptNode(hit.excerpt, ''));
      item.append(excerpt);
    } else if (hit.summary) {
      item.append(element('p', 'search-result__excerpt', hit.summary));
    }
    if (hit.aliasNote) item.append(element('p', 'search-result__note', hit.aliasNote));
    if (hit.sections.length > 0) {
      const sections = element('ul', 'search-result__sections');
      sections.setAttribute('aria-label', `Matching sections of ${hit.title}`);
      for (const section of hit.sections) {
        const entry = element('li');
        const sectionLink = element('a', undefined, section.title);
        sectionLink.href = section.url;
        entry.append(sectionLink, document.createTextNode(' — '), excerptNode(section.excerpt, 'search-result__section-excerpt'));
        sections.append(entry);
      }
      item.append(sections);
    }
    return item;
  }

  async function showMore(mine: number, focusFirst: boolean) {
    const batch = results.slice(shown, shown + pageSize);
    const hits = await Promise.all(batch.map(async (result) => describeSearchHit(await result.data(), state.query)));
    if (mine !== sequence) return;
    const items = hits.map(renderHit);
    list.append(...items);
    shown += batch.length;
    moreButton.hidden = shown >= results.length;
    moreButton.textContent = `Show more results (${results.length - shown} more)`;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  function renderFacets(counts: PagefindFilterCounts) {
    lastCounts = counts;
    const fieldsets = searchFacets.map((facet) => {
      const facetCounts = { ...(counts[facet.key] ?? {}) };
      // A chosen value stays listed, even at 0, so it can be unchosen.
      for (const value of state.filters[facet.key]) facetCounts[value] ??= 0;
      const values = orderValues(facet.key, facetCounts).filter((value) => (facetCounts[value] ?? 0) > 0 || state.filters[facet.key].includes(value));
      const fieldset = element('fieldset', 'search-facet');
      fieldset.dataset.facet = facet.key;
      fieldset.append(element('legend', 'search-facet__legend', facet.label));
      if (values.length === 0) fieldset.hidden = true;
      const options = element('ul', 'search-facet__values');
      const expanded = expandedFacets.has(facet.key);
      const makeOption = (value: string, label: string, count: number | undefined, checked: boolean) => {
        const item = element('li', 'search-facet__value');
        const labelElement = element('label');
        const box = element('input');
        box.type = facet.multiple ? 'checkbox' : 'radio';
        box.name = `facet-${facet.key}`;
        box.value = value;
        box.checked = checked;
        box.dataset.facetKey = facet.key;
        labelElement.append(box, element('span', 'search-facet__name', label));
        if (count !== undefined) {
          const countElement = element('span', 'search-facet__count', String(count));
          countElement.append(element('span', 'visually-hidden', ` ${count === 1 ? 'result' : 'results'}`));
          labelElement.append(countElement);
        }
        item.append(labelElement);
        return item;
      };
      if (!facet.multiple) {
        const total = Object.values(facetCounts).reduce((sum, count) => sum + count, 0);
        // For a single choice the counts add up: "Any" is the sum of its values (every page has at most one).
        options.append(makeOption('', 'Any', facet.key === 'type' ? total : undefined, state.filters[facet.key].length === 0));
      }
      values.forEach((value, index) => {
        const option = makeOption(value, valueLabel(facet.key, value), facetCounts[value] ?? 0, state.filters[facet.key].includes(value));
        if (!expanded && index >= facetPreview && !state.filters[facet.key].includes(value)) option.hidden = true;
        options.append(option);
      });
      fieldset.append(options);
      if (values.length > facetPreview) {
        const toggle = element('button', 'search-facet__toggle', expanded ? 'Show fewer' : `Show all ${values.length}`);
        toggle.type = 'button';
        toggle.dataset.facetToggle = facet.key;
        toggle.setAttribute('aria-expanded', String(expanded));
        fieldset.append(toggle);
      }
      return fieldset;
    });
    facetsBox.replaceChildren(...fieldsets);
  }

  async function update({ focusResults = false } = {}) {
    const mine = ++sequence;
    showState();
    try {
      if (!pagefind) {
        const loaded = await loadPagefind();
        // Loads every filter's index once; without it Pagefind counts only the filters a search already uses.
        await loaded.filters();
        pagefind = loaded;
      }
      // Without words, filters alone list pages; newest first is the only order that means anything then.
      const searched = state.query.trim() ? state : { ...state, sort: 'date' as const };
      const outcome = await runSearch(pagefind, searched);
      if (mine !== sequence) return;
      list.replaceChildren();
      shown = 0;
      if (!outcome) {
        results = [];
        renderFacets(await pagefind.filters());
        if (mine !== sequence) return;
        countText.textContent = 'Type a name, a place, a number or a phrase, or choose a filter to list pages.';
        moreButton.hidden = true;
        live.textContent = '';
        return;
      }
      results = outcome.results;
      renderFacets(outcome.counts);
      await showMore(mine, focusResults);
      if (mine !== sequence) return;
      // The count is written once the results are on the page, so it never describes a list still loading.
      const subject = state.query.trim() ? ` for “${state.query.trim()}”` : '';
      const summary = results.length === 0 ? `No results${subject}${describeFilters()}.` : `${plural(results.length, 'result')}${subject}${describeFilters()}.`;
      countText.textContent = results.length === 0 ? `${summary} Try another spelling or fewer words${hasFilters(state) ? ', or clear the filters' : ''}.` : summary;
      announce(summary);
    } catch (error) {
      if (mine !== sequence) return;
      console.error(error);
      countText.textContent = 'Search could not load. Reload the page to try again, or browse the lists below.';
      fallback.hidden = false;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      state = { ...state, query: input.value.trim() };
      writeUrl('replace');
      void update();
    }, typingDelay);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    state = { ...state, query: input.value.trim() };
    writeUrl('push');
    void update({ focusResults: false });
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value === 'date' ? 'date' : 'relevance' };
    writeUrl('push');
    void update();
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const key = box.dataset.facetKey as FacetKey | undefined;
    if (!key) return;
    const facet = searchFacets.find((candidate) => candidate.key === key)!;
    const current = state.filters[key];
    const next = facet.multiple ? (box.checked ? [...current, box.value] : current.filter((value) => value !== box.value)) : box.value ? [box.value] : [];
    state = { ...state, filters: { ...state.filters, [key]: next } };
    writeUrl('push');
    void update().then(() => {
      // The facets are rebuilt; keep focus on the same choice for keyboard users.
      facetsBox.querySelector<HTMLInputElement>(`input[data-facet-key="${key}"][value="${CSS.escape(box.value)}"]`)?.focus();
    });
  });
  facetsBox.addEventListener('click', (event) => {
    const toggle = (event.target as Element).closest<HTMLButtonElement>('[data-facet-toggle]');
    if (!toggle) return;
    const key = toggle.dataset.facetToggle as FacetKey;
    if (expandedFacets.has(key)) expandedFacets.delete(key);
    else expandedFacets.add(key);
    renderFacets(lastCounts);
    facetsBox.querySelector<HTMLButtonElement>(`[data-facet-toggle="${key}"]`)?.focus();
  });
  clearButton.addEventListener('click', () => {
    state = { ...state, filters: emptySearchState().filters };
    writeUrl('push');
    void update();
    input.focus();
  });
  moreButton.addEventListener('click', () => void showMore(sequence, true));
  window.addEventListener('popstate', () => {
    state = parseSearchState(window.location.search);
    void update();
  });

  // Filters start open where there is room beside the results, and whenever the URL already chose some.
  const wide = window.matchMedia('(min-width: 52rem)');
  filtersBox.open = wide.matches || hasFilters(state) || state.sort !== 'relevance';
  wide.addEventListener('change', () => {
    if (wide.matches) filtersBox.open = true;
  });

  installSearchShortcuts();
  showState();
  if (!state.query) input.focus();
  void update();
}
