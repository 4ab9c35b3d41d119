import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type GuardedLayer,
  registryLooksIntact,
  repairRegistry,
  unregisterIfOurs,
} from '../../../entrypoints/content/highlight-guard';

// happy-dom has no Custom Highlight API. The registry is a map of names to Highlights, and a
// Highlight is a set of ranges with a priority and a type: stand-ins with exactly that shape.
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type: HighlightType = 'highlight';
}
const registry = new Map<string, FakeHighlight>();
vi.stubGlobal('CSS', { highlights: registry });
const asHighlight = (h: FakeHighlight) => h as unknown as Highlight;

const range = (id: number) => ({ id }) as unknown as AbstractRange;

function ours(): { problem: GuardedLayer; match: GuardedLayer } {
  const a = range(1);
  const b = range(2);
  const problemHighlight = new FakeHighlight([a]);
  problemHighlight.priority = 4;
  const matchHighlight = new FakeHighlight([b]);
  matchHighlight.priority = 3;
  registry.set('plan-lens-problem', problemHighlight);
  registry.set('plan-lens-match', matchHighlight);
  return {
    problem: {
      name: 'plan-lens-problem',
      highlight: asHighlight(problemHighlight),
      priority: 4,
      ranges: new Set([a]),
    },
    match: {
      name: 'plan-lens-match',
      highlight: asHighlight(matchHighlight),
      priority: 3,
      ranges: new Set([b]),
    },
  };
}

describe('the highlight guard', () => {
  beforeEach(() => registry.clear());

  it('leaves an untouched registry alone', () => {
    const { problem, match } = ours();
    expect(registryLooksIntact([problem, match])).toBe(true);
    expect(repairRegistry([problem, match])).toBe(0);
  });

  it('takes a problem back from the match highlight (the page moved it to turn it green)', () => {
    const { problem, match } = ours();
    const [moved] = [...problem.highlight];
    problem.highlight.delete(moved as AbstractRange);
    match.highlight.add(moved as AbstractRange);
    expect(registryLooksIntact([problem, match])).toBe(false);
    expect(repairRegistry([problem, match])).toBe(2);
    expect([...problem.highlight]).toEqual([...problem.ranges]);
    expect([...match.highlight]).toEqual([...match.ranges]);
  });

  it('puts our Highlight back when the page registered its own under our name', () => {
    const { problem, match } = ours();
    const fake = new FakeHighlight([...match.ranges, ...problem.ranges]);
    fake.priority = 100;
    registry.set('plan-lens-match', fake);
    registry.set('plan-lens-problem', new FakeHighlight());
    expect(repairRegistry([problem, match])).toBe(2);
    expect(registry.get('plan-lens-match')).toBe(match.highlight);
    expect(registry.get('plan-lens-problem')).toBe(problem.highlight);
  });

  it('restores a lowered priority and a changed type, even when the sizes still agree', () => {
    const { problem, match } = ours();
    problem.highlight.priority = 0;
    match.highlight.type = 'spelling-error';
    expect(registryLooksIntact([problem, match])).toBe(false);
    expect(repairRegistry([problem, match])).toBe(2);
    expect(problem.highlight.priority).toBe(4);
    expect(match.highlight.type).toBe('highlight');
  });

  it('finds a swap of equal size in a full repair, where the cheap look cannot', () => {
    const { problem, match } = ours();
    const p = [...problem.highlight][0] as AbstractRange;
    const m = [...match.highlight][0] as AbstractRange;
    problem.highlight.clear();
    problem.highlight.add(m);
    match.highlight.clear();
    match.highlight.add(p);
    expect(registryLooksIntact([problem, match])).toBe(true);
    expect(repairRegistry([problem, match])).toBe(2);
    expect([...problem.highlight]).toEqual([p]);
  });

  it('unregisters only a Highlight that is still ours', () => {
    const { problem } = ours();
    const newer = new FakeHighlight();
    registry.set('plan-lens-problem', newer);
    unregisterIfOurs('plan-lens-problem', problem.highlight);
    expect(registry.get('plan-lens-problem')).toBe(newer);
    unregisterIfOurs('plan-lens-problem', asHighlight(newer));
    expect(registry.has('plan-lens-problem')).toBe(false);
  });
});
