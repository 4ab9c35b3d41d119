/**
 * lib/numbers: numerals and quantities in Japanese and English news text. Pure TypeScript.
 *
 * - parseNumber(text): the value of a bare numeral (一千百十一, 1億2000万, １２３．４５, 3,600億, two hundred), or null.
 * - findQuantities(text): every quantity in running text (1兆円超, 8割, 25%, 約30人, 2026年5月, $67.2 billion…)
 *   with value, unit, bound and span. Both never throw and run in linear time.
 */
export { findQuantities } from './find';
export { parseNumber } from './parse';
export type { DateValue, Quantity, QuantityBound, QuantityUnit, RelativeDate, Season } from './types';
