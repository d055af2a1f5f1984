import { installSearchShortcuts } from './installSearchShortcuts';

/**
 * What the header search runs on page load: the combobox roles, the keyboard shortcuts, and a listener that loads
 * the rest of the search (headerSearch.ts, then Pagefind) when the reader first focuses the field. A page view that
 * never searches thus runs about a kilobyte of script instead of the whole combobox.
 */
export function prepareHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const listbox = form.querySelector<HTMLUListElement>('[data-listbox]');
  if (!input || !listbox) return;
  // Set now, so that the field is announced as a combobox before its first use; enhanceHeaderSearch relies on them.
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  installSearchShortcuts();
  input.addEventListener(
    'focus',
    async () => {
      const { enhanceHeaderSearch } = await import('./headerSearch');
      enhanceHeaderSearch(form);
      // The field had focus before the combobox listened: start loading Pagefind, and search what was typed meanwhile.
      if (document.activeElement === input) input.dispatchEvent(new FocusEvent('focus'));
      if (input.value.trim()) input.dispatchEvent(new Event('input'));
    },
    { once: true },
  );
}
