// The view state in the URL fragment, so that a copied link reopens the same view:
// #sel=person%3Atap-can-binh&hide=location&from=2019-12-01&to=2019-12-31&undated=0&focus=1
//  &path=A&to-path=B&people=1&linked=1&cam=0.5,0.5,1.2,0
import { dayToIso, isoToDay } from './dates.js';
import { defaultState, type ViewState } from './state.js';

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The fragment (without "#") for a state; default values are left out. */
export function encodeState(s: ViewState): string {
  const p = new Map<string, string>();
  if (s.selected) p.set('sel', s.selected);
  if (s.selectedEdge) p.set('edge', s.selectedEdge);
  if (s.hiddenKinds.length) p.set('hide', [...s.hiddenKinds].sort().join(','));
  if (s.from !== null) p.set('from', dayToIso(s.from));
  if (s.to !== null) p.set('to', dayToIso(s.to));
  if (!s.undated) p.set('undated', '0');
  if (s.focus) p.set('focus', String(s.focus));
  if (s.pathFrom) p.set('pathFrom', s.pathFrom);
  if (s.pathTo) p.set('pathTo', s.pathTo);
  if (s.people) p.set('people', '1');
  if (s.linkedOnly) p.set('linked', '1');
  if (s.camera) {
    const c = s.camera;
    p.set('cam', [c.x, c.y, c.ratio, c.angle].map(round).join(','));
  }
  // Commas and colons read better unescaped, and are safe in a fragment.
  const enc = (v: string) => encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':');
  return [...p].map(([k, v]) => `${k}=${enc(v)}`).join('&');
}

/** The state a fragment describes; whatever is missing or malformed takes its default value. */
export function decodeState(fragment: string): ViewState {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const s = defaultState();
  s.selected = p.get('sel') || null;
  s.selectedEdge = p.get('edge') || null;
  s.hiddenKinds = (p.get('hide') ?? '').split(',').filter(Boolean);
  s.from = isoToDay(p.get('from') ?? '');
  s.to = isoToDay(p.get('to') ?? '');
  s.undated = p.get('undated') !== '0';
  const focus = Number(p.get('focus'));
  s.focus = focus === 1 || focus === 2 ? focus : 0;
  s.pathFrom = p.get('pathFrom') || null;
  s.pathTo = p.get('pathTo') || null;
  s.people = p.get('people') === '1';
  s.linkedOnly = p.get('linked') === '1';
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  if (cam.length === 4 && cam.every(Number.isFinite) && cam[2] > 0) {
    s.camera = { x: cam[0], y: cam[1], ratio: cam[2], angle: cam[3] };
  }
  return s;
}
