import { describe, expect, it } from 'vitest';
import { AnnouncedNonces, parseFrameVerify } from '../../../lib/card-frame';

const NONCE = 'a'.repeat(32);
const OTHER = 'b'.repeat(32);

describe('the card frame asks the background whether its nonce was announced', () => {
  it('accepts a nonce announced from the same tab, once', () => {
    const nonces = new AnnouncedNonces();
    nonces.announce(NONCE, 7, 0);
    expect(nonces.take(NONCE, 7, 10)).toBe(true);
    // Spent: a page replaying the same nonce gets nothing.
    expect(nonces.take(NONCE, 7, 20)).toBe(false);
  });

  it('refuses a nonce nobody announced, one from another tab, and an old one', () => {
    const nonces = new AnnouncedNonces(1_000);
    nonces.announce(NONCE, 7, 0);
    expect(nonces.take(OTHER, 7, 10)).toBe(false);
    expect(nonces.take(NONCE, 8, 10)).toBe(false);
    expect(nonces.take(NONCE, 7, 5_000)).toBe(false);
  });

  it('reads only well-formed verify messages', () => {
    expect(parseFrameVerify({ type: 'card-frame-verify', nonce: NONCE })).toEqual({
      type: 'card-frame-verify',
      nonce: NONCE,
    });
    expect(parseFrameVerify({ type: 'card-frame-verify', nonce: 'short' })).toBeNull();
    expect(parseFrameVerify({ type: 'card-frame-connect', nonce: NONCE })).toBeNull();
    expect(parseFrameVerify(null)).toBeNull();
  });
});
