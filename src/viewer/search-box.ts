// The search field (a searchbox) and its list of matches (a listbox): type, move with the arrow
// keys, Enter or click to choose.
import { h } from './el.js';
import { search, type SearchEntry } from './search.js';

export function setupSearchBox(
  input: HTMLInputElement,
  list: HTMLElement,
  index: SearchEntry[],
  colorOf: (kind: string) => string,
  choose: (key: string) => void,
): void {
  let results: SearchEntry[] = [];
  let active = 0;

  function render(): void {
    list.replaceChildren(
      ...results.map((r, i) =>
        h(
          'li',
          {
            attrs: { role: 'option', id: `search-option-${i}`, 'aria-selected': String(i === active) },
            on: { mousedown: (ev: MouseEvent) => { ev.preventDefault(); pick(i); } },
          },
          h('span', { class: 'swatch', style: { backgroundColor: colorOf(r.kind) } }),
          h('span', { class: 'option-label' }, r.label),
          h('span', { class: 'option-kind' }, r.kind),
        ),
      ),
    );
    if (input.value.trim() && !results.length) list.replaceChildren(h('li', { class: 'muted', attrs: { role: 'option', 'aria-disabled': 'true' } }, 'No match'));
    const open = input.value.trim() !== '' && document.activeElement === input;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (results.length) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function pick(i: number): void {
    const r = results[i];
    if (!r) return;
    input.value = r.label;
    results = [];
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    choose(r.key);
  }

  input.addEventListener('input', () => {
    results = search(index, input.value);
    active = 0;
    render();
  });
  input.addEventListener('focus', () => {
    results = search(index, input.value);
    render();
  });
  input.addEventListener('blur', () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!results.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      render();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      pick(active);
    } else if (ev.key === 'Escape') {
      ev.stopPropagation();
      input.value = '';
      results = [];
      render();
      input.blur();
    }
  });
}
