// /evidence/ filters: checkboxes ↔ URL (?work=a~b&grade=p …). Table rows the choice leaves out are
// hidden and their map rows faded; unknown URL values are dropped and named in the status line.
import { FILTER_KEYS, formatFilters, matches, parseFilters, type FilterChoice, type FilterKey } from './filters';

/** Screens wide enough to show every filter group open beside the others (three or four columns). */
const WIDE = '(min-width: 60rem)';

/** How many values of a filter group's dimension the choice keeps. */
const chosenIn = (choice: FilterChoice, group: HTMLElement): number => choice[group.dataset.evGroup as FilterKey]?.length ?? 0;

function init(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-ev="form"]')!;
  const status = root.querySelector<HTMLElement>('[data-ev="status"]')!;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-finding]')];
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const groups = [...form.querySelectorAll<HTMLDetailsElement>('details[data-ev-group]')];
  const known = Object.fromEntries(FILTER_KEYS.map((k) => [k, boxes.filter((b) => b.name === k).map((b) => b.value)])) as Record<FilterKey, string[]>;
  let notice = '';

  const apply = (choice: FilterChoice) => {
    for (const b of boxes) b.checked = choice[b.name as FilterKey]?.includes(b.value) ?? false;
    let shown = 0;
    for (const tr of rows) {
      const keep = matches(tr.dataset as Record<FilterKey, string>, choice);
      tr.hidden = !keep;
      if (keep) shown++;
      for (const g of root.querySelectorAll(`svg g[data-row="${CSS.escape(tr.dataset.finding!)}"]`)) g.classList.toggle('ev-out', !keep);
    }
    status.textContent = `${notice}Showing ${shown} of ${rows.length} findings.`;
    for (const group of groups) {
      const n = chosenIn(choice, group);
      group.querySelector('[data-ev-chosen]')!.textContent = n > 0 ? `(${n} chosen)` : '';
    }
  };
  const fromBoxes = (): FilterChoice =>
    Object.fromEntries(FILTER_KEYS.map((k) => [k, boxes.filter((b) => b.name === k && b.checked).map((b) => b.value)])) as FilterChoice;
  const write = (choice: FilterChoice) => history.replaceState(history.state, '', `${location.pathname}${formatFilters(choice)}${location.hash}`);

  const { choice, unknown } = parseFilters(location.search, known);
  if (unknown.length > 0) {
    notice = `Ignored unknown filter value${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. `;
    write(choice);
  }
  // Every group open on a wide screen; on a narrower one only those the URL chose from (the summary
  // says how many are chosen in the others). Decided once, at load: a resize leaves the reader's own
  // opening and closing alone.
  const wide = matchMedia(WIDE).matches;
  for (const group of groups) group.open = wide || chosenIn(choice, group) > 0;
  form.hidden = false;
  apply(choice);
  const onChoice = () => {
    notice = '';
    const c = fromBoxes();
    write(c);
    apply(c);
  };
  form.addEventListener('change', onChoice);
  // Filters apply on change; "Apply filters" is the explicit action and must never reload the page.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onChoice();
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    notice = '';
    write({});
    apply({});
  });
}

const root = document.querySelector<HTMLElement>('[data-evidence]');
if (root) init(root);
