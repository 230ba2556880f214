// The left-hand controls: legend (kinds on and off), time range over meetings, focus depth, path.
import type Graph from 'graphology';
import { byId, h } from './el.js';
import { dayToIso } from './dates.js';
import type { Path } from './path.js';
import type { ViewState } from './state.js';
import type { TimeIndex } from './visibility.js';

export function renderLegend(
  list: HTMLElement,
  colors: Map<string, { color: string; count: number }>,
  state: ViewState,
  toggle: (kind: string, on: boolean) => void,
): void {
  const hidden = new Set(state.hiddenKinds);
  list.replaceChildren(
    ...[...colors].map(([kind, { color, count }]) => {
      const box = h('input', { attrs: { type: 'checkbox', 'data-kind': kind, 'aria-label': `Show ${kind}` } });
      box.checked = !hidden.has(kind);
      box.disabled = state.people && kind !== 'person';
      box.addEventListener('change', () => toggle(kind, box.checked));
      return h(
        'li',
        { class: box.checked && !box.disabled ? '' : 'off' },
        h('label', {}, box, h('span', { class: 'swatch', style: { backgroundColor: color } }), h('span', { class: 'legend-kind' }, kind), h('span', { class: 'count' }, count.toLocaleString('en'))),
      );
    }),
  );
}

export interface TimeRangeControl {
  sync(state: ViewState): void;
}

const BUCKETS = 48;

export function setupTimeRange(
  time: TimeIndex,
  state: ViewState,
  change: (patch: Partial<ViewState>) => void,
): TimeRangeControl | null {
  const section = byId('time');
  const fromInput = byId<HTMLInputElement>('time-from');
  const toInput = byId<HTMLInputElement>('time-to');
  const undated = byId<HTMLInputElement>('undated');
  const undatedCount = [...time.ranges.values()].filter((r) => r === null).length;
  byId('undated-count').textContent = undatedCount.toLocaleString('en');
  undated.addEventListener('change', () => change({ undated: undated.checked }));
  if (time.min === null || time.max === null) {
    byId('time-range').hidden = true;
    byId('time-empty').hidden = false;
    const control = { sync: (s: ViewState) => void (undated.checked = s.undated) };
    control.sync(state);
    return control;
  }
  const min = time.min;
  const max = Math.max(time.max, time.min + 1);
  for (const input of [fromInput, toInput]) {
    input.min = String(min);
    input.max = String(max);
    input.step = '1';
  }

  // A histogram of meetings over time behind the handles.
  const counts = new Array<number>(BUCKETS).fill(0);
  for (const r of time.ranges.values()) {
    if (r) counts[Math.min(BUCKETS - 1, Math.floor(((r[0] - min) / (max - min + 1)) * BUCKETS))]++;
  }
  const top = Math.max(...counts);
  byId('histogram').replaceChildren(...counts.map((c) => h('span', { style: { height: `${c ? 8 + (92 * c) / top : 0}%` } })));

  const labels = () => {
    for (const [input, id] of [[fromInput, 'time-from-label'], [toInput, 'time-to-label']] as const) {
      const date = dayToIso(Number(input.value));
      byId(id).textContent = date;
      input.setAttribute('aria-valuetext', date);
    }
  };
  let pending = 0;
  const onInput = (moved: HTMLInputElement) => {
    let a = Number(fromInput.value);
    let b = Number(toInput.value);
    if (a > b) {
      if (moved === fromInput) toInput.value = String((b = a));
      else fromInput.value = String((a = b));
    }
    labels();
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => change({ from: a <= min ? null : a, to: b >= max ? null : b }));
  };
  fromInput.addEventListener('input', () => onInput(fromInput));
  toInput.addEventListener('input', () => onInput(toInput));

  const control = {
    sync(s: ViewState) {
      fromInput.value = String(s.from ?? min);
      toInput.value = String(s.to ?? max);
      undated.checked = s.undated;
      labels();
      section.classList.toggle('active', s.from !== null || s.to !== null || !s.undated);
    },
  };
  control.sync(state);
  return control;
}

export function setupFocus(fieldset: HTMLElement, change: (focus: 0 | 1 | 2) => void): { sync(s: ViewState): void } {
  const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  for (const r of radios) r.addEventListener('change', () => r.checked && change(Number(r.value) as 0 | 1 | 2));
  return {
    sync(s) {
      for (const r of radios) {
        r.checked = Number(r.value) === s.focus;
        r.disabled = !s.selected;
      }
      fieldset.classList.toggle('disabled', !s.selected);
    },
  };
}

export function renderPath(
  panel: HTMLElement,
  graph: Graph,
  state: ViewState,
  path: Path | null,
  act: { select(node: string): void; clear(): void; shown(node: string): boolean },
): void {
  const label = (key: string | null) => (key && graph.hasNode(key) ? String(graph.getNodeAttribute(key, 'label') ?? key) : '—');
  if (!state.pathFrom && !state.pathTo) {
    panel.replaceChildren(h('p', { class: 'muted small' }, 'Select an entity, then use “Path from here” and “Path to here” in Details.'));
    return;
  }
  const ends = h(
    'dl',
    { class: 'path-ends' },
    h('div', { class: 'field' }, h('dt', {}, 'From'), h('dd', {}, label(state.pathFrom))),
    h('div', { class: 'field' }, h('dt', {}, 'To'), h('dd', {}, label(state.pathTo))),
  );
  const clear = h('button', { class: 'small', attrs: { type: 'button', id: 'path-clear' }, on: { click: act.clear } }, 'Clear path');
  let body: Node | null = null;
  if (state.pathFrom && state.pathTo) {
    if (!path && !(act.shown(state.pathFrom) && act.shown(state.pathTo)))
      body = h('p', { class: 'muted small' }, 'An end of the path is hidden by the filters or the focus.');
    else if (!path) body = h('p', { class: 'muted small' }, 'No path between them in what is shown.');
    else
      body = h(
        'ol',
        { class: 'steps', attrs: { 'aria-label': 'Path steps' } },
        ...path.nodes.map((n, i) =>
          h(
            'li',
            {},
            i > 0 ? h('span', { class: 'via' }, String(graph.getEdgeAttribute(path.edges[i - 1], 'kind'))) : null,
            h('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => act.select(n) } }, label(n)),
          ),
        ),
      );
  }
  panel.replaceChildren(ends, body ?? h('span'), clear);
}
