// scoreDoc: meetings are matched as FORMAT.md says (best participant Jaccard, the same kind breaks ties), and a tie
// left after that goes to the meeting the document reports first, whatever the order of the graph's nodes (key
// order since the graph is written so: build-graph.ts's inKeyOrder).

import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { scoreDoc, type GoldDoc } from '../../src/eval/score-graph.js';

const doc = 'a.txt';
const gold: GoldDoc = {
  doc, people: [{ id: 'xi', names: ['Tập Cận Bình'] }, { id: 'putin', names: ['Putin'] }], countries: [],
  meetings: [{ kind: 'talks', participants: ['xi', 'putin'], place: 'Moskva' }],
};

function graphWith(meetings: [key: string, place: string, start: number][]): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  g.addNode('person:tap-can-binh', { kind: 'person', label: 'Tập Cận Bình', names: ['Tập Cận Bình'], docs: [doc] });
  g.addNode('person:putin', { kind: 'person', label: 'Putin', names: ['Putin'], docs: [doc] });
  for (const [key, place, start] of meetings) {
    g.addNode(key, { kind: 'meeting', meetingKind: 'talks', place, docs: [doc], evidence: [{ doc, start, end: start + 10, text: '…' }] });
    g.addEdge('person:tap-can-binh', key, { kind: 'participant', role: 'participant' });
    g.addEdge('person:putin', key, { kind: 'participant', role: 'participant' });
  }
  return g;
}

describe('scoreDoc', () => {
  it('gives a tie between two meetings of the same people and kind to the one the article reports first', () => {
    // the graph lists "meeting:aaa" first, but the article reports "meeting:bbb" (in Moskva) first
    const s = scoreDoc(graphWith([['meeting:aaa', 'Bắc Kinh', 500], ['meeting:bbb', 'Moskva', 10]]), gold);
    expect(s.meetings).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.place).toEqual({ correct: 1, total: 1 });
    const swapped = scoreDoc(graphWith([['meeting:aaa', 'Moskva', 10], ['meeting:bbb', 'Bắc Kinh', 500]]), gold);
    expect(swapped.place).toEqual({ correct: 1, total: 1 });
  });
});
