import { describeSearchHit, type SearchHit } from './describeSearchHit';
import { normalizeSearchQuery } from './normalizeSearchQuery';
import { emptySearchState, serializeSearchState } from './searchState';
import { routes } from '../../routing/routes';
import { installSearchShortcuts } from './installSearchShortcuts';
import { loadPagefind } from './loadPagefind';
import { runSearch } from './runSearch';

/** How many results the header shows before "All N results". */
const maxOptions = 6;
/** Typing pauses this long before a search runs, so a fast typist does not search every letter. */
const typingDelay = 60;
/** The count is announced only once typing has settled, so screen readers are not flooded. */
const announceDelay = 700;

interface Option {
  href: string;
  element: HTMLLIElement;
}

/**
 * Turns the header's plain search form (which without JavaScript submits to the search page) into an ARIA 1.2
 * combobox: results appear in a listbox as the reader types, arrow keys move through them, Enter opens one, Escape
 * closes the list (or clears the field), and the result count is announced in a polite live region. The field's
 * combobox roles are already set: prepareHeaderSearch sets them on page load and is what calls this.
 */
export function enhanceHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const popup = form.querySelector<HTMLElement>('[data-popup]')!;
  const listbox = form.querySelector<HTMLUListElement>('[data-listbox]')!;
  const message = form.querySelector<HTMLElement>('[data-message]')!;
  const live = form.querySelector<HTMLElement>('[data-live]')!;

  let options: Option[] = [];
  let active = -1;
  let sequence = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const open = () => {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  function setActive(index: number) {
    options[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.element.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.element.id);
      option.element.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }
  const announce = (text: string) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      live.textContent = text;
    }, announceDelay);
  };
  const searchPageUrl = (query: string) => {
    const state = { ...emptySearchState(), query };
    return `${routes.search()}?${serializeSearchState(state)}`;
  };

  function renderOption(id: string, href: string, title: string, label?: string): Option {
    const element = document.createElement('li');
    element.id = id;
    element.className = 'header-search__option';
    element.setAttribute('role', 'option');
    element.setAttribute('aria-selected', 'false');
    const titleElement = document.createElement('span');
    titleElement.className = 'header-search__option-title';
    titleElement.textContent = title;
    element.append(titleElement);
    if (label) {
      const labelElement = document.createElement('span');
      labelElement.className = 'header-search__option-label';
      labelElement.textContent = label;
      element.append(labelElement);
    }
    return { href, element };
  }

  function render(query: string, hits: SearchHit[], total: number) {
    options = hits.map((hit, index) => renderOption(`${listbox.id}-${index}`, hit.url, hit.title, hit.aliasNote ? `${hit.label} — ${hit.aliasNote}` : hit.label));
    if (total > 0) {
      const all = renderOption(`${listbox.id}-all`, searchPageUrl(query), total > hits.length ? `All ${total} results for “${query}”` : `Search page for “${query}”`);
      all.element.classList.add('header-search__option--all');
      options.push(all);
    }
    listbox.replaceChildren(...options.map((option) => option.element));
    listbox.hidden = options.length === 0;
    message.textContent = total === 0 ? `No results for “${query}”. Try another spelling or fewer words.` : '';
    message.hidden = total > 0;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open();
    announce(total === 0 ? `No results for ${query}.` : `${total} result${total === 1 ? '' : 's'}. Use the up and down arrow keys to review.`);
  }

  async function update() {
    const query = input.value.trim();
    const mine = ++sequence;
    if (!normalizeSearchQuery(query)) {
      close();
      listbox.replaceChildren();
      options = [];
      live.textContent = '';
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const outcome = await runSearch(pagefind, { ...emptySearchState(), query });
      const results = outcome?.results ?? [];
      const hits = await Promise.all(results.slice(0, maxOptions).map(async (result) => describeSearchHit(await result.data(), query)));
      if (mine !== sequence) return;
      render(query, hits, results.length);
    } catch (error) {
      if (mine !== sequence) return;
      console.error(error);
      listbox.replaceChildren();
      options = [];
      message.textContent = 'Search could not load. Press Enter to open the search page.';
      message.hidden = false;
      open();
    }
  }

  // Loading starts on focus, not on page load: a page view without searching fetches nothing of Pagefind.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined));
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(update, typingDelay);
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (popup.hidden) {
          if (options.length > 0) open();
          else void update();
          if (options.length === 0) return;
        }
        if (options.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // From the field, Down goes to the first option and Up to the last; the ends wrap round.
        setActive(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
        break;
      }
      case 'Enter':
        if (!popup.hidden && options[active]) {
          event.preventDefault();
          window.location.assign(options[active]!.href);
        } else if (normalizeSearchQuery(input.value)) {
          // Without a chosen option, Enter goes to the search page with the same words.
          event.preventDefault();
          window.location.assign(searchPageUrl(input.value.trim()));
        }
        break;
      case 'Escape':
        if (!popup.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          void update();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  });
  // Options are chosen with the pointer too; pressing does not move focus out of the field.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const element = (event.target as Element).closest('[role="option"]');
    const option = options.find((candidate) => candidate.element === element);
    if (option) window.location.assign(option.href);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('click', () => {
    if (popup.hidden && options.length > 0) open();
  });
  installSearchShortcuts();
}
