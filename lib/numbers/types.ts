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
  /**
   * Set only when the text is relative to the article's own date (来年夏, 今年5月, 23日, "next summer").
   * The other fields hold what the text does give; `resolveDate` (lib/dates) fills in the rest from the
   * article's date. With no article date, a relative date means nothing and must stay silent.
   */
  relative?: RelativeDate;
}

export interface RelativeDate {
  /** Years from the article's year (今年 0, 来年 +1, 昨年 -1); with `fiscal`, from its fiscal year. */
  yearOffset?: number;
  /** Months from the article's month (今月 0, 来月 +1, 先月 -1). */
  monthOffset?: number;
  /** Only a day is written (23日の閣議): month and year are the article's (or the month before). */
  dayOnly?: true;
  /** "next summer", "next May": the first such season or month after the article's date. */
  upcoming?: true;
  /** "last summer", "last May": the latest such season or month before the article's date. */
  previous?: true;
  /**
   * A day of the week (0 Sunday … 6 Saturday), as English wire copy dates events ("at a cabinet
   * meeting Tuesday"): the latest such day on or before the article's date; with `upcoming` the
   * first one after it ("will approve it Friday", "next Tuesday"), with `previous` the last one before.
   */
  weekday?: number;
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
