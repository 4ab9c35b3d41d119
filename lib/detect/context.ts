/**
 * Names that mean the plan or its entities only in context, as the press writes them.
 *
 * - Generic names of the plan: 初の「基本計画」, 「基本計画」, 基本計画, 骨子案, 原案, たたき台, 計画案, and English
 *   "basic plan on (the development and utilization of) artificial intelligence", "first basic plan",
 *   "basic plan", "draft plan", "basic program"; and a national plan on AI (「AIに関する初の国家計画」,
 *   "Japan's first national AI plan"), which is Japan's only where the block says Japan. They are the plan only in a block that speaks of AI;
 *   a 基本計画 with another plan's name before it (宇宙基本計画) never is. The explicit forms (初の…, quoted,
 *   "basic plan on … artificial intelligence") anchor the document to the plan; the bare ones are
 *   mentions in a document already about it.
 * - Entities that anchor on their own with the right company: 源内 / ガバメントAI next to デジタル庁,
 *   政府職員 or its other name (never 平賀源内: an exclusion); Japan's AISI when the block says Japan (or
 *   writes the Japanese institute's own name), and no UK or US marker stands just before it.
 *
 * All patterns run over width-folded text (fold.ts), so offsets are those of the input.
 */
import type { Span } from './blocks';

export interface GenericMatch extends Span {
  /**
   * explicit: 初の「基本計画」, "basic plan on AI" (anchors); bare: 基本計画, "basic plan"; draft: 骨子案,
   * "draft plan"; national: 「AIに関する初の国家計画」, "first national AI plan" (Japan's only where the
   * block says Japan: many countries have one).
   */
  kind: 'explicit' | 'bare' | 'draft' | 'law' | 'national';
}

/** The block speaks of AI (folded text: ＡＩ is AI). "AI" must not be part of a longer Latin word. */
const AI_CONTEXT = /(?<![A-Za-z])AI(?![a-z])|人工知能|[Aa]rtificial [Ii]ntelligence/;
/** The block speaks of a government plan, so 骨子案 / 原案 / たたき台 / 計画案 can be the plan's drafts. */
const PLAN_CONTEXT = /計画|戦略本部|[Bb]asic [Pp]lan|[Ss]trategy [Hh]eadquarters/;

const GENERIC_G = new RegExp(
  [
    // explicit (anchoring) forms first, longest first
    '(?<jaFirst>初の「基本計画」|初の基本計画)',
    '(?<jaQuoted>「基本計画(?:案)?」)',
    '(?<enOn>\\b(?:first |national )?basic (?:plan|program(?:me)?) (?:on|for) (?:the )?(?:(?:development|promotion) and (?:utili[sz]ation|use|application) of )?(?:artificial intelligence|AI)(?![A-Za-z]))',
    '(?<enFirst>\\bfirst basic plan\\b)',
    // a national plan on AI, as explainers and foreign press call it
    '(?<jaNational>(?:AI|人工知能)(?:に関する|についての)初(?:めて)?の国家計画|初(?:めて)?の国家AI計画)',
    '(?<enNational>\\b(?:first(?:-ever)? )?national (?:AI|artificial intelligence) (?:basic )?plan\\b|\\b(?:first(?:-ever)? )?national plan (?:on|for) (?:AI|artificial intelligence)(?![A-Za-z]))',
    // bare forms
    '(?<jaBare>基本計画(?:案)?)',
    '(?<jaDraft>骨子案|原案|たたき台|計画案)',
    '(?<enDraft>\\bdraft (?:basic )?plan\\b)',
    '(?<enBare>\\b(?:basic plan|basic program(?:me)?)\\b)',
  ].join('|'),
  'gi',
);

function isNameChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30a0 && c <= 0x30ff) || c === 0x3005;
}

/**
 * Generic names of the plan in `folded` (already width-folded), with whether each anchors. Callers
 * still check the block's context (hasAiContext) and drop matches that overlap a real alias or sit
 * where another plan is named.
 */
export function genericPlanMatches(folded: string): GenericMatch[] {
  const out: GenericMatch[] = [];
  if (!/基本計画|骨子案|原案|たたき台|計画案|国家|basic|draft|national/i.test(folded)) return out;
  GENERIC_G.lastIndex = 0;
  for (let m = GENERIC_G.exec(folded); m !== null; m = GENERIC_G.exec(folded)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (g.jaDraft !== undefined) {
      // 予算原案, 法案骨子案: a draft of something named just before it, not of the plan.
      if (
        isNameChar(folded.charCodeAt(start - 1)) &&
        !folded.slice(Math.max(0, start - 4), start).endsWith('計画')
      )
        continue;
    }
    const explicit =
      g.jaFirst !== undefined || g.jaQuoted !== undefined || g.enOn !== undefined || g.enFirst !== undefined;
    const draft = g.jaDraft !== undefined || g.enDraft !== undefined;
    const national = g.jaNational !== undefined || g.enNational !== undefined;
    out.push({ start, end, kind: explicit ? 'explicit' : national ? 'national' : draft ? 'draft' : 'bare' });
  }
  return out;
}

export function hasAiContext(block: string): boolean {
  return AI_CONTEXT.test(block);
}

export function hasPlanContext(block: string): boolean {
  return PLAN_CONTEXT.test(block);
}

/**
 * A bare 基本計画 / "basic plan" in an AI passage that also speaks of the government deciding it (戦略本部,
 * 閣議, 首相, 政府, cabinet, prime minister): the national plan, so it anchors as 初の「基本計画」 does.
 * Other plans are already ruled out by name (宇宙基本計画 never reaches here).
 */
const GOVERNMENT_CONTEXT = /戦略本部|閣議|首相|総理|政府|[Cc]abinet|[Pp]rime [Mm]inister|[Gg]overnment/;
export function hasGovernmentContext(block: string): boolean {
  return GOVERNMENT_CONTEXT.test(block);
}

/** The AI Act's English formal name in its usual translations. */
const AI_ACT_FORMAL_G =
  /\bAct on (?:the )?Promotion of Research,? (?:and )?Development,? and (?:the )?Utili[sz]ation of Artificial[- ]Intelligence[- ]Related Technolog(?:y|ies)\b/gi;

/** Spans of the AI Act's English formal name in `folded`. */
export function aiActFormalMatches(folded: string): Span[] {
  const out: Span[] = [];
  if (!/Promotion of Research/i.test(folded)) return out;
  AI_ACT_FORMAL_G.lastIndex = 0;
  for (let m = AI_ACT_FORMAL_G.exec(folded); m !== null; m = AI_ACT_FORMAL_G.exec(folded))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Does this mention of the AI Act anchor the page? Its formal names (AI推進法, the law's full title,
 * "AI Promotion Act") are Japan's law only; a bare AI法 / "AI Act" needs the block to say Japan
 * (foreign acts are exclusions: EU AI法, 韓国AI基本法).
 */
const AI_ACT_BARE = /^(?:AI法|AI Act|人工知能\(AI\)法|AI\(人工知能\)法)$/i;
/** 「AI基本法」: what some Japanese coverage calls the AI Act, and the name of Korea's law. */
const AI_ACT_MISNAMED = /^(?:AI|ＡＩ)基本法$/;
const JAPAN_LAW_CONTEXT = /日本|国会|参議院|衆議院|成立|公布|施行|Japan|Diet/;
const JAPAN_NAMED = /日本|我が国|国会|Japan/;
/** Another jurisdiction's AI law: EU, 欧州, 韓国, 米国, 中国, 英国 and their English names. */
const FOREIGN_LAW = /EU|欧州|韓国|米国|中国|英国|European|Korea|China|Chinese|American|Britain|British/;
const FOREIGN_LAW_BEFORE =
  /(?:EU|欧州|韓国|米国|中国|英国|European|Korea(?:n)?|China|Chinese|US|U\.S\.|UK|Britain|British)(?:連合)?(?:の|’s|'s)?[\s「『“"]*$/;

/**
 * What a mention of the AI Act is: 'foreign' (another jurisdiction's law: the mention is dropped) when a
 * foreign marker stands just before it, or when it is a bare name (AI法, 人工知能(AI)法, "AI Act") in a
 * passage that names another jurisdiction and neither Japan nor the plan (`planNamed`); 'anchor' for Japan's law by its formal names
 * (AI推進法, its full title, "AI Promotion Act") or a bare name in a Japanese legislative context; else 'mention'.
 */
export function aiActKind(
  block: string,
  mention: Span,
  planNamed: boolean,
  ctx: LawContext,
): 'foreign' | 'anchor' | 'mention' {
  const before = block.slice(Math.max(0, mention.start - 12), mention.start);
  if (FOREIGN_LAW_BEFORE.test(before)) return 'foreign';
  const name = block.slice(mention.start, mention.end);
  // 「AI基本法」 is Korea's law by name, and Japan's only as the press miscalls it: Japan's where the
  // block names Japan or the plan and no other jurisdiction, and never an anchor on its own
  if (AI_ACT_MISNAMED.test(name))
    return !ctx.foreign && (planNamed || ctx.japanNamed) ? 'mention' : 'foreign';
  if (!AI_ACT_BARE.test(name)) return 'anchor';
  if (ctx.foreign && !planNamed && !ctx.japanNamed) return 'foreign';
  return ctx.japanLaw ? 'anchor' : 'mention';
}

/** Company that makes 源内 / ガバメントAI the Digital Agency's platform for government staff. */
const GENNAI_CONTEXT =
  /デジタル庁|政府職員|国家公務員|ガバメントAI|源内|digital agency|government (?:employees|staff|workers|officials)|civil servants|ministries/gi;

/**
 * The first few places in a block that say what makes 源内 the government's AI. A mention is an alias
 * of at most a few words, so it overlaps at most a few of them: the first 16 tell whether one lies
 * outside it. Computed once per block, so many mentions in one long block stay linear.
 */
export function gennaiContextSpans(block: string): Span[] {
  const out: Span[] = [];
  GENNAI_CONTEXT.lastIndex = 0;
  for (let m = GENNAI_CONTEXT.exec(block); m !== null && out.length < 16; m = GENNAI_CONTEXT.exec(block))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Does the block, outside the mention itself, say what makes 源内 the government's AI? */
export function gennaiInContext(contextSpans: readonly Span[], mention: Span): boolean {
  return contextSpans.some((c) => c.end <= mention.start || c.start >= mention.end);
}

const JAPAN_CONTEXT = /日本|我が国|政府|内閣府|経済産業省|経産省|情報処理推進機構|IPA|Japan|Tokyo|J-AISI/;
/** A foreign institute's marker just before the name: 英国, 米国, UK, U.S., Britain's, Korea's… */
const FOREIGN_BEFORE =
  /(?:英国|英|米国|米|韓国|UK|U\.K\.|US|U\.S\.|United States|United Kingdom|Britain|British|American|Korea|Korean|Singapore|Canada|Canadian)(?:の|’s|'s)?\s*(?:the\s*)?$/;
/** The institute's own Japanese name or its Japan-only names: Japan's without further context. */
const JAPAN_ONLY_NAME = /セーフティ|J-AISI|Japan/i;

/**
 * Whose AI Safety Institute is this mention? 'foreign' when a UK/US/… marker stands just before it
 * (the mention is dropped), 'japan' when its name or the block says Japan (it anchors), else 'unknown'
 * (a mention in a document already about the plan, no anchor).
 */
export function aisiOwner(
  block: string,
  mention: Span,
  japanInBlock: boolean,
): 'japan' | 'foreign' | 'unknown' {
  const before = block.slice(Math.max(0, mention.start - 16), mention.start);
  if (FOREIGN_BEFORE.test(before)) return 'foreign';
  const name = block.slice(mention.start, mention.end);
  if (JAPAN_ONLY_NAME.test(name) || /Japan(?:’s|'s)?\s*$/.test(before)) return 'japan';
  return japanInBlock ? 'japan' : 'unknown';
}

/** Japan named as such (not 政府 alone: 韓国政府 has one too). */
const JAPAN_NAMED_STRICT = /日本|我が国|Japan|Tokyo|高市|Takaichi/;
/** Other countries a national AI plan may be said of. */
const OTHER_COUNTRY =
  /韓国|中国|米国|アメリカ|英国|イギリス|インド|ベトナム|台湾|シンガポール|欧州|EU|フランス|ドイツ|カナダ|Korea|China|Chinese|India|Vietnam|\bU\.?S\.?\b|America|Britain|British|\bUK\b|France|Germany|Canada|Singapore|Taiwan|Europe/;

/**
 * A national plan on AI (「AIに関する初の国家計画」, "first national AI plan") is Japan's where its block
 * names Japan and no other country: many countries have one.
 */
export function nationalPlanIsJapans(block: string): boolean {
  return JAPAN_NAMED_STRICT.test(block) && !OTHER_COUNTRY.test(block);
}

/** The block says Japan (for aisiOwner), tested once per block. */
export function japanInBlock(block: string): boolean {
  return JAPAN_CONTEXT.test(block);
}

/** What aiActKind needs to know about the whole block, tested once per block. */
export interface LawContext {
  foreign: boolean;
  japanNamed: boolean;
  japanLaw: boolean;
}
export function lawContext(block: string): LawContext {
  return {
    foreign: FOREIGN_LAW.test(block),
    japanNamed: JAPAN_NAMED.test(block),
    japanLaw: JAPAN_LAW_CONTEXT.test(block),
  };
}
