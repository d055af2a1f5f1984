/** The field the shortcuts focus: the search page's own, or else the one in the header. */
const targetSelector = '[data-search-shortcut]';

function isEditable(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  return element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName);
}

let installed = false;

/**
 * Lets "/" (when not typing elsewhere) and Ctrl+K or ⌘K (anywhere) jump to the search field, as on many sites.
 * Installed once per page, whichever search script runs first.
 */
export function installSearchShortcuts(): void {
  if (installed) return;
  installed = true;
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    const field = document.querySelector<HTMLInputElement>(targetSelector);
    if (!field) return;
    const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(document.activeElement);
    if (!commandK && !slash) return;
    event.preventDefault();
    field.focus();
    field.select();
  });
}
