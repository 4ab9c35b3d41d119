/**
 * What `lib/numbers` finds in text. Shared by the checker, the content script and the CLI.
 */

export type QuantityUnit =
  | 'JPY'
  | 'USD'
  | 'persons'
  | 'ratio'
  | 'multiplier'
  | 'count'
  | 'parameters'
  | 'watts'
  | 'years'
  | 'date'
  /** A bare number with no unit or counter. */
  | 'number';

export type QuantityBound = 'exact' | 'approx' | 'more-than' | 'at-least' | 'less-than';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

export interface DateValue {
  year?: number;
  month?: number;
  day?: number;
  season?: Season;
  /** 2026年度: a Japanese fiscal year (April to March). */
  fiscal?: boolean;
}

export interface Quantity {
  /** Span in the input, in UTF-16 code units, end exclusive; covers qualifiers (約, 超) too. */
  start: number;
  end: number;
  text: string;
  /**
   * The value in base units: money in units of the currency (1兆円 = 1e12), ratios as fractions
   * (8割 = 0.8, 25% = 0.25), persons and counts as counts, multipliers as factors (倍増 = 2).
   * For dates: the year (or NaN when the text gives no year, as in 12月23日).
   */
  value: number;
  unit: QuantityUnit;
  bound: QuantityBound;
  /** For ranges (5割から8割, 600万〜1200万): the upper end, in the same unit. */
  upper?: number;
  /** Set when unit is 'date'. */
  date?: DateValue;
  /** The counter or unit word as written (人, 名, 件, 円, ドル, %, percent…). */
  counter?: string;
}
