import { describe, expect, it } from 'vitest';
import type { JsonOutput } from '../../../lib/cli/format';
import { writeJson } from '../../../lib/cli/format';
import { htmlDateCandidates } from '../../../lib/cli/html-meta';
import { articleDateFromMetadata, jsonLdDateCandidates, readDay } from '../../../lib/dates/article-date';

describe('writeJson', () => {
  it('writes exactly JSON.stringify + newline, in pieces, for large outputs', () => {
    const out: JsonOutput = {
      mentions: Array.from({ length: 4501 }, (_, i) => ({
        start: i,
        end: i + 2,
        text: 'AI',
        termId: 'plan',
      })),
      claims: Array.from({ length: 2001 }, (_, i) => ({
        start: i,
        end: i + 1,
        text: `${i}人`,
        verdict: 'match' as const,
        figureId: null,
        official: null,
        explanation: '説明 "quoted"',
      })),
    };
    const pieces: string[] = [];
    writeJson(out, (s) => pieces.push(s));
    expect(pieces.join('')).toBe(`${JSON.stringify(out)}\n`);
    expect(pieces.length).toBeGreaterThan(6);
    const empty: string[] = [];
    writeJson({ mentions: [], claims: [] }, (s) => empty.push(s));
    expect(empty.join('')).toBe('{"mentions":[],"claims":[]}\n');
  });

  it('writes the same bytes as JSON.stringify for every kind of value a finding holds', () => {
    const verdicts = ['match', 'mismatch', 'misstatement', 'not-in-plan'] as const;
    const out: JsonOutput = {
      mentions: [{ start: 3, end: 9, text: 'AI "基本" 計画\\', termId: 'plan' }],
      claims: Array.from({ length: 12 }, (_, i) => ({
        start: 10 * i,
        end: 10 * i + 4,
        text: i % 2 === 0 ? '1兆円超' : 'tab\there',
        verdict: verdicts[i % 4] as (typeof verdicts)[number],
        figureId: i % 3 === 0 ? null : `figure-${i % 2}`,
        official: i % 3 === 0 ? null : '「当面1兆円超」\n(首相発言)',
        explanation: i % 2 === 0 ? '説明 \u2028 "引用" \\ 終わり' : '',
      })),
    };
    const pieces: string[] = [];
    writeJson(out, (s) => pieces.push(s));
    expect(pieces.join('')).toBe(`${JSON.stringify(out)}\n`);
  });
});

describe('article date from metadata', () => {
  it('reads ISO, Japanese and English forms as YYYY-MM-DD', () => {
    expect(readDay('2025-12-23T11:09:00+09:00')).toBe('2025-12-23');
    expect(readDay('20251223')).toBe('2025-12-23');
    expect(readDay('2025年12月23日 11時09分')).toBe('2025-12-23');
    expect(readDay('Tue, 23 Dec 2025 02:09:00 GMT')).toBe('2025-12-23');
    expect(readDay('December 23, 2025')).toBe('2025-12-23');
    expect(readDay('2025-02-30')).toBeNull();
    expect(readDay('yesterday')).toBeNull();
  });

  it('prefers JSON-LD datePublished, then meta, then a <time>, and modification dates last', () => {
    expect(
      articleDateFromMetadata([
        { source: 'modified', value: '2026-01-10' },
        { source: 'time', value: '2025-12-20' },
        { source: 'meta', value: '2025-12-23T10:00:00+09:00' },
        { source: 'json-ld', value: '2025-12-24' },
      ]),
    ).toBe('2025-12-24');
    expect(
      articleDateFromMetadata([
        { source: 'time', value: '2025-12-01' },
        { source: 'time', value: '2025-12-23', published: true },
      ]),
    ).toBe('2025-12-23');
    expect(articleDateFromMetadata([{ source: 'modified', value: '2026-01-10' }])).toBe('2026-01-10');
    expect(articleDateFromMetadata([{ source: 'meta', value: 'not a date' }])).toBeNull();
  });

  it("walks JSON-LD @graph and puts an article's date before a website's", () => {
    const json = {
      '@graph': [
        { '@type': 'WebSite', datePublished: '2019-01-01' },
        { '@type': 'NewsArticle', datePublished: '2025-12-23T11:09:00+09:00', dateModified: '2025-12-24' },
      ],
    };
    expect(articleDateFromMetadata(jsonLdDateCandidates(json))).toBe('2025-12-23');
  });

  it('finds the candidates in raw HTML: JSON-LD, meta, time; broken JSON-LD is ignored', () => {
    const html = [
      '<HTML><head>',
      '<script type="application/ld+json">{broken</script>',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-12-23"}</script>',
      '<META NAME="pubdate" CONTENT="2025-12-22">',
      '<meta property="og:title" content="2020-01-01">',
      '</head><body><time datetime="2025-12-21">21日</time><time>2025年12月20日</time></body></HTML>',
    ].join('');
    expect(htmlDateCandidates(html)).toEqual([
      { source: 'json-ld', value: '2025-12-23' },
      { source: 'meta', value: '2025-12-22' },
      { source: 'time', value: '2025-12-21', published: false },
      { source: 'time', value: '2025年12月20日', published: false },
    ]);
    expect(articleDateFromMetadata(htmlDateCandidates(html))).toBe('2025-12-23');
  });

  it('stays linear on hostile HTML (many unclosed tags)', () => {
    const html = '<time>'.repeat(50_000) + '<script type="application/ld+json">'.repeat(10);
    expect(htmlDateCandidates(html)).toEqual([]);
  });
});
