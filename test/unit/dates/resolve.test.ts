import { describe, expect, it } from 'vitest';
import { parseDay, resolveDate } from '../../../lib/dates/resolve';
import { findQuantities } from '../../../lib/numbers';

/** The date quantity in `text`, resolved against `article`. */
function resolved(text: string, article: string | undefined) {
  const q = findQuantities(text).find((x) => x.unit === 'date');
  if (!q?.date) throw new Error(`no date in ${text}`);
  return resolveDate(q.date, article);
}

describe('resolveDate', () => {
  it('resolves Japanese relative dates from the article date', () => {
    expect(resolved('23日の閣議で', '2025-12-24')).toEqual({ year: 2025, month: 12, day: 23 });
    expect(resolved('来年夏をめどに', '2025-12-24')).toEqual({ year: 2026, season: 'summer' });
    expect(resolved('今年5月成立', '2025-12-24')).toEqual({ year: 2025, month: 5 });
    expect(resolved('来年5月から', '2025-12-24')).toEqual({ year: 2026, month: 5 });
    expect(resolved('昨年の調査', '2026-01-10')).toEqual({ year: 2025 });
    expect(resolved('来月公表', '2025-12-24')).toEqual({ year: 2026, month: 1 });
  });

  it('a fiscal year counts from the fiscal year the article is in', () => {
    // February 2026 is still fiscal 2025, so 来年度 is fiscal 2026.
    expect(resolved('来年度予算', '2026-02-01')).toEqual({ year: 2026, fiscal: true });
    expect(resolved('来年度予算', '2026-05-01')).toEqual({ year: 2027, fiscal: true });
  });

  it('a day alone is the nearest such day (the month before when the article is early in its month)', () => {
    expect(resolved('28日に示した', '2025-12-02')).toEqual({ year: 2025, month: 11, day: 28 });
    expect(resolved('2日に示した', '2026-01-30')).toEqual({ year: 2026, month: 2, day: 2 });
  });

  it('a day alone follows the calendar: 29 February only in leap years (2024, 2000; not 2023, 2100)', () => {
    expect(resolved('29日に示した', '2024-03-02')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(resolved('29日に示した', '2000-03-02')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(resolved('29日に示した', '2023-03-02')).toEqual({ year: 2023, month: 3, day: 29 });
    expect(resolved('29日に示した', '2100-03-02')).toEqual({ year: 2100, month: 3, day: 29 });
    // April has no 31st: from 2 May the nearest 31st is 31 May, from 20 April it is 31 March
    expect(resolved('31日に示した', '2025-05-02')).toEqual({ year: 2025, month: 5, day: 31 });
    expect(resolved('31日に示した', '2025-04-20')).toEqual({ year: 2025, month: 3, day: 31 });
  });

  it('a month and day without a year take the nearest year', () => {
    expect(resolved('12月23日に閣議決定', '2026-01-05')).toEqual({ year: 2025, month: 12, day: 23 });
    expect(resolved('adopted on Dec. 23', '2025-12-24')).toEqual({ year: 2025, month: 12, day: 23 });
  });

  it('English next/last pick the next or latest occurrence', () => {
    expect(resolved('next summer', '2025-12-24')).toEqual({ year: 2026, season: 'summer' });
    expect(resolved('next summer', '2026-03-01')).toEqual({ year: 2026, season: 'summer' });
    expect(resolved('last May', '2025-12-24')).toEqual({ year: 2025, month: 5 });
    expect(resolved('last May', '2025-03-01')).toEqual({ year: 2024, month: 5 });
  });

  it('without a valid article date a relative date stays unresolved; an absolute one is kept', () => {
    expect(resolved('来年夏', undefined)).toBeNull();
    expect(resolved('23日の閣議', '2025-02-30')).toBeNull();
    expect(resolved('12月23日', 'yesterday')).toBeNull();
    expect(resolved('2025年12月23日', undefined)).toEqual({ year: 2025, month: 12, day: 23 });
  });

  it('parseDay accepts only real calendar days', () => {
    expect(parseDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDay('2025-02-29')).toBeNull();
    expect(parseDay('2025-1-5')).toBeNull();
  });
});

describe('a day of the week', () => {
  // 2025-12-23 was a Tuesday
  it('is the latest such day on or before the article’s day', () => {
    expect(resolved('at a cabinet meeting Tuesday', '2025-12-23')).toEqual({
      year: 2025,
      month: 12,
      day: 23,
    });
    expect(resolved('the headquarters met on Friday', '2025-12-23')).toEqual({
      year: 2025,
      month: 12,
      day: 19,
    });
    expect(resolved('the cabinet said Sunday', '2026-01-02')).toEqual({ year: 2025, month: 12, day: 28 });
  });

  it('in the future the first after it, and "last" the one before', () => {
    expect(resolved('The Cabinet will adopt it Friday', '2025-12-23')).toEqual({
      year: 2025,
      month: 12,
      day: 26,
    });
    expect(resolved('to meet next Tuesday', '2025-12-23')).toEqual({ year: 2025, month: 12, day: 30 });
    expect(resolved('approved last Tuesday', '2025-12-23')).toEqual({ year: 2025, month: 12, day: 16 });
  });

  it('means nothing without the article’s date', () => {
    expect(resolved('at a cabinet meeting Tuesday', undefined)).toBeNull();
  });
});
