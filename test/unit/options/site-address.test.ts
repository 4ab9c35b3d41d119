import { describe, expect, it } from 'vitest';
import { originFromInput } from '../../../components/options/site-address';

describe('a site typed on the options page', () => {
  it('names one origin, https unless told', () => {
    expect(originFromInput('example.com')).toEqual({ ok: true, origin: 'https://example.com' });
    expect(originFromInput('  https://www.example.co.jp/news/1?x=2 ')).toEqual({
      ok: true,
      origin: 'https://www.example.co.jp',
    });
    expect(originFromInput('http://127.0.0.2:8080/page')).toEqual({
      ok: true,
      origin: 'http://127.0.0.2:8080',
    });
    expect(originFromInput('News.Example.com')).toEqual({ ok: true, origin: 'https://news.example.com' });
  });

  it('refuses what is not a web site', () => {
    expect(originFromInput('')).toEqual({ ok: false, reason: 'empty' });
    expect(originFromInput('news')).toEqual({ ok: false, reason: 'invalid' });
    expect(originFromInput('exa mple.com')).toEqual({ ok: false, reason: 'invalid' });
    expect(originFromInput('ftp://example.com')).toEqual({ ok: false, reason: 'scheme' });
    expect(originFromInput('chrome://extensions')).toEqual({ ok: false, reason: 'scheme' });
    expect(originFromInput('javascript:alert(1)')).toEqual({ ok: false, reason: 'scheme' });
    expect(originFromInput('https://user:pw@example.com')).toEqual({ ok: false, reason: 'invalid' });
  });
});
