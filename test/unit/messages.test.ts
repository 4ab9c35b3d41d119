import { describe, expect, it } from 'vitest';
import {
  ALLOWED_SENDERS,
  allFindings,
  type ExtensionIdentity,
  FINDINGS_PAGE,
  type FindingSummary,
  type Message,
  parseMessage,
  parsePageSettings,
  type SenderInfo,
  senderKinds,
  senderMaySend,
} from '../../lib/messages';

/** One valid message of every type, and malformed variants of it that must be refused. */
const CASES: { valid: Message[]; invalid: unknown[] }[] = [
  {
    valid: [
      { type: 'findings-changed', count: 0, problems: 0 },
      { type: 'findings-changed', count: 12, problems: 3 },
    ],
    invalid: [
      { type: 'findings-changed' },
      { type: 'findings-changed', count: '1', problems: 0 },
      { type: 'findings-changed', count: Number.NaN, problems: 0 },
      { type: 'findings-changed', count: 1, problems: Number.POSITIVE_INFINITY },
      { type: 'findings-changed', count: null, problems: null },
    ],
  },
  {
    valid: [
      { type: 'get-findings' },
      { type: 'get-findings', from: 0 },
      { type: 'get-findings', from: 3_000 },
    ],
    invalid: [
      { type: 'get-findings', from: -1 },
      { type: 'get-findings', from: 1.5 },
      { type: 'get-findings', from: '1000' },
      { type: 'get-findings', from: null },
    ],
  },
  { valid: [{ type: 'get-settings' }], invalid: [] },
  { valid: [{ type: 'settings-changed' }], invalid: [] },
  {
    valid: [
      { type: 'show-finding', index: 0 },
      { type: 'show-finding', index: 41 },
    ],
    invalid: [
      { type: 'show-finding' },
      { type: 'show-finding', index: -1 },
      { type: 'show-finding', index: 1.5 },
      { type: 'show-finding', index: '0' },
      { type: 'show-finding', index: Number.NaN },
    ],
  },
  {
    valid: [
      { type: 'step-finding', direction: 1 },
      { type: 'step-finding', direction: -1 },
    ],
    invalid: [
      { type: 'step-finding' },
      { type: 'step-finding', direction: 0 },
      { type: 'step-finding', direction: 2 },
      { type: 'step-finding', direction: '1' },
    ],
  },
  {
    valid: [
      { type: 'check-selection', text: '' },
      { type: 'check-selection', text: 'AI基本計画は1兆円' },
      { type: 'check-selection', text: 'x'.repeat(10_000) },
    ],
    invalid: [
      { type: 'check-selection' },
      { type: 'check-selection', text: 42 },
      { type: 'check-selection', text: 'x'.repeat(10_001) },
      { type: 'check-selection', text: ['a'] },
    ],
  },
  {
    valid: [
      { type: 'set-site-enabled', origin: 'https://example.org', enabled: true },
      { type: 'set-site-enabled', origin: 'https://example.org', enabled: false },
    ],
    invalid: [
      { type: 'set-site-enabled', origin: 'https://example.org' },
      { type: 'set-site-enabled', origin: 1, enabled: true },
      { type: 'set-site-enabled', origin: 'https://example.org', enabled: 'yes' },
    ],
  },
  {
    valid: [
      { type: 'get-strings', lang: 'ja' },
      { type: 'get-strings', lang: 'en' },
    ],
    invalid: [
      { type: 'get-strings' },
      { type: 'get-strings', lang: 'auto' },
      { type: 'get-strings', lang: 'xx' },
    ],
  },
];

describe('parseMessage', () => {
  it('covers every message type', () => {
    const types = new Set(CASES.flatMap((c) => c.valid.map((m) => m.type)));
    expect(types.size).toBeGreaterThanOrEqual(9);
  });

  // get-details (the card's dataset texts) is being added alongside this suite: checked when present.
  const details = { type: 'get-details', figureIds: ['investment'], termIds: [], claims: [] } as unknown;
  it.runIf(parseMessage(details) !== null)('get-details: accepts id lists, refuses malformed ones', () => {
    expect(parseMessage(details)).toEqual(details);
    for (const raw of [
      { type: 'get-details' },
      { type: 'get-details', figureIds: 'investment', termIds: [], claims: [] },
      { type: 'get-details', figureIds: [1], termIds: [], claims: [] },
      { type: 'get-details', figureIds: Array(201).fill('x'), termIds: [], claims: [] },
      { type: 'get-details', figureIds: ['x'.repeat(101)], termIds: [], claims: [] },
      { type: 'get-details', figureIds: [], termIds: [], claims: [{ text: 1 }] },
      { type: 'get-details', figureIds: [], termIds: [], claims: null },
    ]) {
      expect(parseMessage(raw), JSON.stringify(raw).slice(0, 80)).toBeNull();
    }
  });

  it.runIf(parseMessage(details) !== null)(
    'get-details: takes claims by their reason, verdict by verdict',
    () => {
      const ask = (claims: unknown[]) =>
        parseMessage({ type: 'get-details', figureIds: [], termIds: [], claims });
      const good = [
        { text: '1兆円', reason: { verdict: 'match', figureId: 'investment' } },
        { text: '2兆円', reason: { verdict: 'mismatch', figureId: 'investment', otherFigureIds: ['x'] } },
        { text: '12月19日', reason: { verdict: 'misstatement', misstatementId: 'ms-1', figureId: null } },
        { text: '5万人', reason: { verdict: 'not-in-plan', topic: { ja: 'AI人材の数', en: 'AI talent' } } },
      ];
      expect(ask(good)).not.toBeNull();
      for (const reason of [
        undefined,
        { verdict: 'match' },
        { verdict: 'match', figureId: 'x'.repeat(101) },
        { verdict: 'mismatch', figureId: 'investment' },
        { verdict: 'misstatement', figureId: null },
        { verdict: 'not-in-plan', topic: 'AI人材' },
        { verdict: 'wrong', figureId: 'investment' },
      ]) {
        expect(ask([{ text: '1兆円', reason }]), JSON.stringify(reason)).toBeNull();
      }
    },
  );

  for (const { valid, invalid } of CASES) {
    const type = valid[0]?.type;
    it(`accepts a well-formed ${type}`, () => {
      for (const message of valid) expect(parseMessage(message)).toEqual(message);
    });
    if (invalid.length > 0) {
      it(`refuses a malformed ${type}`, () => {
        for (const message of invalid) expect(parseMessage(message), JSON.stringify(message)).toBeNull();
      });
    }
  }

  it('refuses what is not a message object', () => {
    for (const raw of [undefined, null, 0, 1, '', 'get-findings', true, [], ['get-findings'], () => 1]) {
      expect(parseMessage(raw)).toBeNull();
    }
    expect(parseMessage({})).toBeNull();
    expect(parseMessage({ type: 1 })).toBeNull();
    expect(parseMessage({ type: null })).toBeNull();
    expect(parseMessage({ type: ['get-findings'] })).toBeNull();
  });

  it('refuses an unknown type', () => {
    for (const type of ['unknown', 'GET-FINDINGS', 'get-findings ', 'findings', 'eval', 'check']) {
      expect(parseMessage({ type })).toBeNull();
    }
  });

  it('refuses types that are keys of Object.prototype (no prototype lookup)', () => {
    for (const type of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'isPrototypeOf',
      '__defineGetter__',
      'prototype',
    ]) {
      expect(parseMessage({ type })).toBeNull();
    }
  });

  it('is not fooled by a type inherited through the prototype chain', () => {
    const inherited = Object.create({ type: 'get-findings' }) as object;
    // Reading record.type finds the inherited 'get-findings'; the guard itself decides.
    const parsed = parseMessage(inherited);
    expect(parsed === null || parsed.type === 'get-findings').toBe(true);
    const sneaky = Object.create({ index: 3 }) as Record<string, unknown>;
    sneaky.type = 'show-finding';
    // index is not an own property; whatever is decided, it must not throw.
    expect(() => parseMessage(sneaky)).not.toThrow();
  });

  it('does not pollute Object.prototype with __proto__ or constructor keys', () => {
    const payloads = [
      JSON.parse('{"type":"get-findings","__proto__":{"polluted":true}}'),
      JSON.parse('{"type":"__proto__","__proto__":{"type":"get-findings"}}'),
      JSON.parse('{"type":"show-finding","index":1,"constructor":{"prototype":{"polluted":true}}}'),
    ];
    for (const raw of payloads) parseMessage(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseMessage(payloads[1])).toBeNull();
  });

  it('does not throw on getters that throw or on proxies', () => {
    const hostile = {
      get type(): string {
        throw new Error('boom');
      },
    };
    // A throwing getter can only come from same-world code; structured clone strips getters
    // from real messages. What matters: the parser never turns it into a message.
    let result: unknown = 'threw';
    try {
      result = parseMessage(hostile);
    } catch {
      result = 'threw';
    }
    expect(result === null || result === 'threw').toBe(true);
    const proxy = new Proxy({}, { get: () => 'get-findings', has: () => true });
    expect(() => parseMessage(proxy)).not.toThrow();
  });

  it('keeps extra fields but still checks the ones that matter', () => {
    expect(parseMessage({ type: 'get-findings', extra: { deep: [1, 2, 3] } })?.type).toBe('get-findings');
    expect(parseMessage({ type: 'show-finding', index: -5, extra: 1 })).toBeNull();
  });
});

describe('parsePageSettings', () => {
  it('accepts a well-formed reply', () => {
    const ok = { siteEnabled: true, mark: 'problems', lang: 'en', theme: 'dark' };
    expect(parsePageSettings(ok)).toEqual(ok);
  });

  it('refuses malformed replies and drops unknown fields', () => {
    for (const raw of [
      null,
      42,
      'x',
      {},
      { siteEnabled: 'yes', mark: 'all', lang: 'auto', theme: 'auto' },
      { siteEnabled: true, mark: 'some', lang: 'auto', theme: 'auto' },
      { siteEnabled: true, mark: 'all', lang: 'xx', theme: 'auto' },
      { siteEnabled: true, mark: 'all', lang: 'auto', theme: null },
      { siteEnabled: true, mark: 'toString', lang: 'auto', theme: 'auto' },
    ]) {
      expect(parsePageSettings(raw), JSON.stringify(raw)).toBeNull();
    }
    const extra = { siteEnabled: false, mark: 'none', lang: 'ja', theme: 'light', evil: 1 };
    expect(parsePageSettings(extra)).toEqual({
      siteEnabled: false,
      mark: 'none',
      lang: 'ja',
      theme: 'light',
    });
  });
});

describe('senderMaySend: each message only from the senders that may send it', () => {
  const CHROME: ExtensionIdentity = {
    id: 'abcdefghijklmnopabcdefghijklmnop',
    baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
  };
  const FIREFOX: ExtensionIdentity = {
    id: 'plan-lens@plan-lens.dev',
    baseUrl: 'moz-extension://6f1a3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a6b/',
  };

  /** The senders the browser reports, for one extension. */
  function senders(self: ExtensionIdentity) {
    const page = (file: string) => `${self.baseUrl}${file}`;
    return {
      popup: { id: self.id, url: page('popup.html') },
      popupInTab: { id: self.id, url: page('popup.html?tab=3'), tab: { id: 9 }, frameId: 0 },
      options: { id: self.id, url: page('options.html') },
      optionsInTab: { id: self.id, url: page('options.html'), tab: { id: 9 }, frameId: 0 },
      /** A page of ours framed inside a web page's tab (a card in an iframe, say). */
      framedPage: { id: self.id, url: page('card.html'), tab: { id: 4 }, frameId: 7 },
      contentScript: { id: self.id, url: 'https://www.nikkei.com/article/1', tab: { id: 4 }, frameId: 0 },
      contentScriptInFrame: { id: self.id, url: 'https://ads.example/frame', tab: { id: 4 }, frameId: 12 },
    } satisfies Record<string, SenderInfo>;
  }

  for (const self of [CHROME, FIREFOX]) {
    const s = senders(self);
    describe(self.baseUrl.split(':')[0] as string, () => {
      it('site switches only from the popup or the options page', () => {
        for (const ok of [s.popup, s.popupInTab, s.options, s.optionsInTab]) {
          expect(senderMaySend('set-site-enabled', ok, self), JSON.stringify(ok)).toBe(true);
        }
        for (const no of [s.contentScript, s.contentScriptInFrame, s.framedPage]) {
          expect(senderMaySend('set-site-enabled', no, self), JSON.stringify(no)).toBe(false);
        }
      });

      it('findings for the badge only from a tab’s own content script, with its frame', () => {
        expect(senderMaySend('findings-changed', s.contentScript, self)).toBe(true);
        expect(senderMaySend('findings-changed', s.contentScriptInFrame, self)).toBe(true);
        for (const no of [s.popup, s.popupInTab, s.options, s.framedPage]) {
          expect(senderMaySend('findings-changed', no, self), JSON.stringify(no)).toBe(false);
        }
        // No tab or no frame: nothing to count it against.
        const { tab: _tab, ...noTab } = s.contentScript;
        const { frameId: _frame, ...noFrame } = s.contentScript;
        expect(senderMaySend('findings-changed', noTab, self)).toBe(false);
        expect(senderMaySend('findings-changed', noFrame, self)).toBe(false);
        expect(senderMaySend('findings-changed', { ...s.contentScript, tab: { id: -1 } }, self)).toBe(false);
        expect(
          senderMaySend('findings-changed', { ...s.contentScript, url: 'file:///etc/passwd' }, self),
        ).toBe(false);
      });

      it('the read-only dataset texts and display settings for our scripts and pages', () => {
        for (const type of ['get-settings', 'get-strings', 'get-details'] as const) {
          for (const ok of [s.contentScript, s.contentScriptInFrame, s.popup, s.framedPage]) {
            expect(senderMaySend(type, ok, self), `${type} ${JSON.stringify(ok)}`).toBe(true);
          }
        }
      });

      it('nothing from another extension, and nothing the background only sends', () => {
        const other = { ...s.popup, id: 'someone-else' };
        const otherPage = {
          ...s.popup,
          url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html',
        };
        for (const type of Object.keys(ALLOWED_SENDERS) as Message['type'][]) {
          expect(senderMaySend(type, other, self)).toBe(false);
          expect(senderMaySend(type, otherPage, self)).toBe(false);
          expect(senderMaySend(type, {}, self)).toBe(false);
        }
        for (const type of [
          'get-findings',
          'show-finding',
          'step-finding',
          'check-selection',
          'settings-changed',
        ] as const) {
          for (const sender of Object.values(s)) expect(senderMaySend(type, sender, self)).toBe(false);
        }
      });
    });
  }

  it('a web page whose URL imitates ours is not our page', () => {
    const self = CHROME;
    const lookalikes: SenderInfo[] = [
      { id: self.id, url: `https://${self.id}/popup.html`, tab: { id: 1 }, frameId: 0 },
      { id: self.id, url: `https://evil.example/${self.baseUrl}popup.html`, tab: { id: 1 }, frameId: 0 },
      { id: self.id, url: 'chrome-extension://other/popup.html' },
      { id: self.id, url: 'not a url' },
    ];
    for (const sender of lookalikes) {
      expect(senderMaySend('set-site-enabled', sender, self), JSON.stringify(sender)).toBe(false);
      expect(senderKinds(sender, self).has('extension-page')).toBe(false);
    }
  });
});

describe('every finding, a page at a time', () => {
  const summary = (index: number): FindingSummary => ({
    index,
    kind: 'mention',
    text: 'AI基本計画',
    termId: 'plan',
    figureId: null,
    verdict: null,
    official: null,
    context: `段落${index}`,
  });
  /** A content script holding `lists[version]`, answering as session.ts does. */
  function contentScript(lists: number[], bumpAfter = Number.POSITIVE_INFINITY) {
    let version = 0;
    let asked = 0;
    const from: number[] = [];
    const ask = async (start: number): Promise<unknown> => {
      from.push(start);
      if (++asked > bumpAfter && version < lists.length - 1) version++;
      const total = lists[version] as number;
      const page = [];
      for (let i = start; i < Math.min(total, start + FINDINGS_PAGE); i++) page.push(summary(i));
      return {
        url: 'https://example.jp/',
        findings: page,
        from: start,
        version,
        total,
        capped: true,
        highlightsSupported: true,
      };
    };
    return { ask, from };
  }

  it('asks page after page until it holds every finding', async () => {
    const { ask, from } = contentScript([2_500]);
    const reply = await allFindings(ask);
    expect(from).toEqual([0, 1_000, 2_000]);
    expect(reply?.findings.map((f) => f.index)).toEqual([...Array(2_500).keys()]);
    expect(reply?.total).toBe(2_500);
  });

  it('reads the list again from the start when it changed between pages', async () => {
    // the scan found more after the first page was read
    const { ask, from } = contentScript([2_500, 3_200], 1);
    const reply = await allFindings(ask);
    expect(from.slice(0, 2)).toEqual([0, 1_000]);
    expect(from.filter((f) => f === 0).length).toBe(2);
    expect(reply?.total).toBe(3_200);
    expect(reply?.findings.length).toBe(3_200);
  });

  it('gives nothing for a malformed first answer', async () => {
    expect(await allFindings(async () => ({ findings: 'all' }))).toBeNull();
    expect(await allFindings(async () => undefined)).toBeNull();
  });
});
