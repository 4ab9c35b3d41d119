import { describe, expect, it } from 'vitest';
import { agreesWith, ratioPrecision } from '../../../lib/check/agree';
import type { Quantity } from '../../../lib/numbers/types';
import type { FigureValue } from '../../../lib/plan/schema';

const q = (over: Partial<Quantity>): Quantity => ({
  start: 0,
  end: 1,
  text: 'x',
  value: 0,
  unit: 'JPY',
  bound: 'exact',
  ...over,
});
const amount = (value: number, unit: 'JPY' | 'ratio' | 'persons' | 'USD', bound = 'exact'): FigureValue =>
  ({ kind: 'amount', value, unit, bound }) as FigureValue;
const T = 1e12;

describe('amounts', () => {
  const investment = amount(T, 'JPY', 'more-than');
  it('1兆円超 is matched by 1兆円, 1兆円規模, 1兆円超, ¥1 trillion', () => {
    expect(agreesWith(q({ text: '1兆円', value: T }), investment)).toBe(true);
    expect(agreesWith(q({ text: '1兆円規模', value: T, bound: 'approx' }), investment)).toBe(true);
    expect(agreesWith(q({ text: '1兆円超', value: T, bound: 'more-than' }), investment)).toBe(true);
    expect(agreesWith(q({ text: '¥1 trillion', value: T }), investment)).toBe(true);
  });
  it('超 widens upward by 20% at most: 1.2兆円 yes, 2兆円 and 3兆円 no', () => {
    expect(agreesWith(q({ value: 1.2 * T }), investment)).toBe(true);
    expect(agreesWith(q({ value: 2 * T }), investment)).toBe(false);
    expect(agreesWith(q({ value: 3 * T }), investment)).toBe(false);
    expect(agreesWith(q({ value: 0.9 * T }), investment)).toBe(false);
  });
  it('未満 never agrees with 超', () => {
    expect(agreesWith(q({ value: T, bound: 'less-than' }), investment)).toBe(false);
  });
  it('units must agree', () => {
    expect(agreesWith(q({ value: T, unit: 'USD' }), investment)).toBe(false);
    expect(agreesWith(q({ value: 30, unit: 'persons' }), amount(30, 'persons', 'approx'))).toBe(true);
  });
  it('約30人 accepts ±10%', () => {
    const aisi = amount(30, 'persons', 'approx');
    expect(agreesWith(q({ unit: 'persons', value: 33 }), aisi)).toBe(true);
    expect(agreesWith(q({ unit: 'persons', value: 27 }), aisi)).toBe(true);
    expect(agreesWith(q({ unit: 'persons', value: 35 }), aisi)).toBe(false);
  });
});

describe('ratios', () => {
  it('8割 equals 80%, and 9割 does not', () => {
    const eight = amount(0.8, 'ratio');
    expect(agreesWith(q({ unit: 'ratio', value: 0.8, text: '80%', counter: '%' }), eight)).toBe(true);
    expect(agreesWith(q({ unit: 'ratio', value: 0.8, text: '8割', counter: '割' }), eight)).toBe(true);
    expect(agreesWith(q({ unit: 'ratio', value: 0.9, text: '9割', counter: '割' }), eight)).toBe(false);
  });
  it('25%程度 accepts 26.7%', () => {
    expect(
      agreesWith(q({ unit: 'ratio', value: 0.267, text: '26.7%' }), amount(0.25, 'ratio', 'approx')),
    ).toBe(true);
  });
  it('reads ratios at the precision written', () => {
    expect(ratioPrecision({ text: '7割', counter: '割' })).toBeCloseTo(0.05);
    expect(ratioPrecision({ text: '68.8%' })).toBeCloseTo(0.0005);
    expect(ratioPrecision({ text: '６９％' })).toBeCloseTo(0.005);
    // 約7割 and 7割 both stand for the US's 68.8%
    expect(
      agreesWith(q({ unit: 'ratio', value: 0.7, text: '7割', counter: '割' }), amount(0.688, 'ratio')),
    ).toBe(true);
  });
});

describe('dates', () => {
  const decided: FigureValue = { kind: 'date', date: '2025-12-23' };
  const may: FigureValue = { kind: 'date', date: '2026-05' };
  const d = (date: Quantity['date']) => q({ unit: 'date', value: date?.year ?? Number.NaN, date });
  it('match at the precision the article gives', () => {
    expect(agreesWith(d({ year: 2025, month: 12, day: 23 }), decided)).toBe(true);
    expect(agreesWith(d({ month: 12, day: 23 }), decided)).toBe(true);
    expect(agreesWith(d({ day: 23 }), decided)).toBe(true);
    expect(agreesWith(d({ year: 2025, month: 12, day: 19 }), decided)).toBe(false);
    expect(agreesWith(d({ year: 2026, month: 5 }), may)).toBe(true);
    expect(agreesWith(d({ year: 2026, month: 5, day: 6 }), may)).toBe(true);
    expect(agreesWith(d({ year: 2026, month: 6 }), may)).toBe(false);
    expect(agreesWith(d({ year: 2026, fiscal: true }), may)).toBe(true);
  });
  it('seasons', () => {
    const summer: FigureValue = { kind: 'date', date: '2026', season: 'summer' };
    expect(agreesWith(d({ year: 2026, season: 'summer' }), summer)).toBe(true);
    expect(agreesWith(d({ year: 2026, season: 'autumn' }), summer)).toBe(false);
    expect(agreesWith(d({ year: 2026, month: 7 }), summer)).toBe(true);
  });
});
