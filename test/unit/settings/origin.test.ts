import { describe, expect, it } from 'vitest';
import { canonicalOrigin, DEFAULT_SETTINGS, parseSettings, withOriginEnabled } from '../../../lib/settings';

describe('canonicalOrigin: origins are stored as new URL(x).origin', () => {
  it('writes each site one way', () => {
    expect(canonicalOrigin('https://example.org')).toBe('https://example.org');
    expect(canonicalOrigin('https://News.Example.ORG/')).toBe('https://news.example.org');
    expect(canonicalOrigin('  http://127.0.0.2:8080 ')).toBe('http://127.0.0.2:8080');
    expect(canonicalOrigin('https://example.org:443')).toBe('https://example.org');
    expect(canonicalOrigin('https://日本.example')).toBe('https://xn--wgv71a.example');
    expect(canonicalOrigin('http://[::1]:3000')).toBe('http://[::1]:3000');
  });

  it('refuses wildcards, user info, paths, queries and fragments', () => {
    for (const input of [
      'https://*',
      'https://*.example.org',
      '*://example.org',
      'https://user@example.org',
      'https://user:pass@example.org',
      'https://example.org@evil.example',
      'https://example.org/news',
      'https://example.org//',
      'https://example.org?x=1',
      'https://example.org/?',
      'https://example.org#top',
      'https://example.org\\path',
    ]) {
      expect(canonicalOrigin(input), input).toBeNull();
    }
  });

  it('refuses invisible characters anywhere', () => {
    for (const ch of [
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2060',
      '\ufeff',
      '\u00ad',
      '\u202e',
      '\u3000',
      '\u0000',
      '\t',
      ' ',
    ]) {
      expect(canonicalOrigin(`https://exam${ch}ple.org`), JSON.stringify(ch)).toBeNull();
      expect(canonicalOrigin(`https://example.org${ch}/`), JSON.stringify(ch)).toBeNull();
    }
  });

  it('refuses other schemes and what is not an origin at all', () => {
    for (const input of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ftp://example.org',
      'chrome-extension://abc',
      'https:example.org',
      'example.org',
      'https://',
      '',
      `https://${'a'.repeat(400)}.org`,
      42,
      null,
      ['https://example.org'],
    ]) {
      expect(canonicalOrigin(input), String(input)).toBeNull();
    }
  });
});

describe('stored origins', () => {
  it('reads stored origins in their canonical spelling, once each, and drops the rest', () => {
    const settings = parseSettings({
      extraOrigins: [
        'https://Example.org/',
        'https://example.org',
        'https://*',
        'https://a@b.example',
        'https://x.example/path',
        'https://y.example?q',
        'https://exa\u200bmple.org',
        'http://127.0.0.2:8080',
      ],
    });
    expect(settings.extraOrigins).toEqual(['https://example.org', 'http://127.0.0.2:8080']);
  });

  it('turning on something that is not an origin changes nothing', () => {
    for (const origin of ['https://*', 'https://a.example/path', 'https://a\u200b.example']) {
      expect(withOriginEnabled(DEFAULT_SETTINGS, origin, true)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('removes duplicates from a long list, keeping the first order', () => {
    const list = Array.from({ length: 20_000 }, (_, i) => `https://site${i % 1000}.example`);
    const settings = parseSettings({ extraOrigins: list });
    expect(settings.extraOrigins).toHaveLength(1000);
    expect(settings.extraOrigins.slice(0, 3)).toEqual([
      'https://site0.example',
      'https://site1.example',
      'https://site2.example',
    ]);
    const distinct = Array.from({ length: 20_000 }, (_, i) => `https://site${i}.example`);
    expect(parseSettings({ extraOrigins: distinct }).extraOrigins).toHaveLength(20_000);
  });
});
