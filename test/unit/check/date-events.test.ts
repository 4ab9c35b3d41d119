import { describe, expect, it } from 'vitest';
import {
  decidesOtherDocument,
  isDraftsDate,
  isOtherDocumentsDate,
  verbBeforeDate,
} from '../../../lib/check/date-events';

/** The span of `date` in `text`, and the whole text as its sentence. */
function at(text: string, date: string) {
  const start = text.indexOf(date);
  return { sent: { start: 0, end: text.length }, q: { start, end: start + date.length } };
}

describe('whose day a date is', () => {
  it('a draft’s: its own event, a draft decided, or a bare 決定 beside a 閣議決定 apart', () => {
    for (const text of [
      'AI基本計画は、12月19日に戦略本部で了承され、閣議決定された。',
      'AI基本計画は、12月19日に案がまとまった。',
      'AI基本計画案を12月19日に決定、閣議決定へ',
      'AI基本計画、12月19日に決定へ　閣議決定は来週',
    ]) {
      const { sent, q } = at(text, '12月19日');
      expect(isDraftsDate(text, sent, q), text).toBe(true);
    }
    for (const text of [
      '政府は12月19日、戦略本部での了承を経て、AI基本計画を閣議決定した。',
      'AI基本計画は12月19日に決定され、同日中に閣議決定された。',
      '政府は12月19日にAI基本計画を閣議決定した。',
    ]) {
      const { sent, q } = at(text, '12月19日');
      expect(isDraftsDate(text, sent, q), text).toBe(false);
    }
  });
  it('another document the cabinet decided', () => {
    expect(
      decidesOtherDocument('政府は11月28日、AI基本計画の施策を盛り込んだ補正予算案を閣議決定した。'),
    ).toBe(true);
    expect(decidesOtherDocument('政府は12月26日、補正予算案に続いてAI基本計画を閣議決定した。')).toBe(false);
    const text = 'AI基本計画は、11月28日に閣議決定された補正予算案と一体で進められる。';
    expect(isOtherDocumentsDate(text, at(text, '11月28日').q)).toBe(true);
  });
  it('an English verb of its own before the date, but not the cabinet’s meeting', () => {
    const report = 'The plan echoes a report we issued on Dec. 15, 2025.';
    const { sent, q } = at(report, 'Dec. 15, 2025');
    const verb = verbBeforeDate(report, sent, q);
    expect(verb === null ? null : report.slice(verb.start, verb.end)).toBe('issued');
    const meeting = 'The plan was approved by the Cabinet, which convened on Dec. 19, 2025.';
    const m = at(meeting, 'Dec. 19, 2025');
    expect(verbBeforeDate(meeting, m.sent, m.q)).toBeNull();
  });
});
