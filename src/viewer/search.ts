// Search by any name, ignoring case and diacritics ("tap can binh" finds "Tập Cận Bình").
import type Graph from 'graphology';
import { fold } from './fold.js';

export interface SearchEntry {
  key: string;
  label: string;
  kind: string;
  /** Folded label and names. */
  names: string[];
  /** Everything searchable, folded, joined. */
  text: string;
}

const asStrings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

export function buildSearchIndex(graph: Graph): SearchEntry[] {
  const index: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    const label = typeof a.label === 'string' && a.label ? a.label : key;
    const names = [...new Set([label, ...asStrings(a.names), ...asStrings(a.labelVi), ...asStrings(a.title), ...asStrings(a.iso2)].map(fold))];
    index.push({ key, label, kind: String(a.kind ?? ''), names, text: names.join(' \u0000 ') });
  });
  return index;
}

/** The best matches: every word of the query must occur; exact names first, then prefixes. */
export function search(index: SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = fold(query).trim().replace(/\s+/g, ' ');
  if (!q) return [];
  const words = q.split(' ');
  const scored: [number, SearchEntry][] = [];
  for (const e of index) {
    if (!words.every((w) => e.text.includes(w))) continue;
    const score = e.names.includes(q) ? 0 : e.names.some((n) => n.startsWith(q)) ? 1 : e.text.includes(q) ? 2 : 3;
    scored.push([score, e]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].label.length - b[1].label.length || a[1].label.localeCompare(b[1].label));
  return scored.slice(0, limit).map(([, e]) => e);
}
