/**
 * Finding cue words in a sentence. All cue words (of figures, misstatements and the plan topics
 * that have no figure) go into one trie of width-folded, lower-cased forms, built once; a scan
 * walks it from each position of the sentence, so overlapping cues (利用率 inside 生成AI利用率) are
 * all found, in time proportional to the sentence. Cues that start or end with a Latin letter must
 * sit on a word boundary there; a few English inflections are allowed at the end (invest →
 * investment, GPU → GPUs).
 */
import { cueKey } from '../detect/fold';

export interface CueHit {
  /** Index into CueIndex.cues. */
  cue: number;
  start: number;
  end: number;
}

interface Node {
  next: Map<number, Node>;
  /** Cue indices that end here. */
  ends: number[];
}

const SUFFIXES = ['s', 'es', 'ed', 'ing', 'ment', 'ments', 'er', 'ers', 'd', "'s"];

/**
 * A UTF-16 code unit as a cue compares it: full-width ASCII and U+3000 folded to half width, then
 * ASCII upper case lowered. Arithmetic, not a 64K table: the page pays no table at load.
 */
function cueCode(c: number): number {
  const f = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 32 : c;
  return f >= 65 && f <= 90 ? f + 32 : f;
}

/** Is the code unit, folded, an ASCII letter or digit (a cue's word boundary)? */
function isWordy(c: number): boolean {
  const f = cueCode(c);
  return (f >= 48 && f <= 57) || (f >= 97 && f <= 122);
}

const PAIR_TABLE = 1 << 16;
/** A hash of two folded code units, to look a cue's first two up in one table. */
function pairHash(a: number, b: number): number {
  return (Math.imul(a, 31) + b) & (PAIR_TABLE - 1);
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export class CueIndex {
  readonly cues: string[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly root: Node = { next: new Map(), ends: [] };
  /** 1 for every (folded, lower-cased) code unit that starts some cue: most characters start none. */
  private readonly first = new Uint8Array(65536);
  /** 1 for every folded code unit that is a whole cue by itself. */
  private readonly single = new Uint8Array(65536);
  /**
   * 1 for the hash (pairHash) of every cue's first two folded code units. Most positions that start
   * some cue start none with the next character: a table read rejects them before the trie walk.
   */
  private readonly pairs = new Uint8Array(PAIR_TABLE);

  /** The index of a cue already added, if any. */
  find(cue: string): number | undefined {
    return this.byKey.get(cueKey(cue));
  }

  /** Add a cue (idempotent); returns its index. */
  add(cue: string): number {
    const key = cueKey(cue);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.cues.length;
    this.cues.push(key);
    this.byKey.set(key, id);
    if (key.length === 0) return id;
    let node = this.root;
    const c0 = key.charCodeAt(0);
    this.first[c0] = 1;
    if (c0 >= 97 && c0 <= 122) this.first[c0 - 32] = 1;
    if (c0 >= 0x21 && c0 <= 0x7e) this.first[c0 + 0xfee0] = 1;
    if (c0 >= 97 && c0 <= 122) this.first[c0 - 32 + 0xfee0] = 1;
    if (c0 === 32) this.first[0x3000] = 1;
    if (key.length === 1) this.single[c0] = 1;
    else this.pairs[pairHash(c0, key.charCodeAt(1))] = 1;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (child === undefined) {
        child = { next: new Map(), ends: [] };
        node.next.set(c, child);
      }
      node = child;
    }
    node.ends.push(id);
    return id;
  }

  /** Every cue occurrence in text[from, to) (the text may be unfolded: folding is per char). */
  scan(text: string, from = 0, to = text.length): CueHit[] {
    const out: CueHit[] = [];
    this.walk(text, from, to, out);
    return out;
  }

  /** Whether any cue occurs in text (as scan would find it), without collecting the hits. */
  has(text: string): boolean {
    return this.walk(text, 0, text.length, null);
  }

  /** The one scan behind both: collects into `out`, or with none stops at the first hit (true). */
  private walk(text: string, from: number, to: number, out: CueHit[] | null): boolean {
    const { first, single, pairs } = this;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (first[c] === 0) continue;
      const f = cueCode(c);
      if (single[f] === 0 && (i + 1 >= to || pairs[pairHash(f, cueCode(text.charCodeAt(i + 1)))] === 0)) {
        continue;
      }
      if (isWordy(c) && i > from && isWordy(text.charCodeAt(i - 1))) continue;
      let node: Node | undefined = this.root;
      for (let j = i; j < to; j++) {
        node = node.next.get(cueCode(text.charCodeAt(j)));
        if (node === undefined) break;
        if (node.ends.length > 0 && this.endsOk(text, j + 1, to)) {
          if (out === null) return true;
          for (let k = 0; k < node.ends.length; k++)
            out.push({ cue: node.ends[k] as number, start: i, end: j + 1 });
        }
      }
    }
    return false;
  }

  private endsOk(text: string, end: number, to: number): boolean {
    const last = foldCode(text.charCodeAt(end - 1));
    if (!isWordCode(last) || end >= to) return true;
    if (!isWordy(text.charCodeAt(end))) return true;
    if (last >= 48 && last <= 57) return false;
    for (let k = 0; k < SUFFIXES.length; k++) {
      const s = SUFFIXES[k] as string;
      const e = end + s.length;
      if (e > to) continue;
      if (text.slice(end, e).toLowerCase() !== s) continue;
      if (e === to || !isWordy(text.charCodeAt(e))) return true;
    }
    return false;
  }
}

function foldCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 32;
  return c;
}
