import { z } from 'zod';

/**
 * The zod schema of the Plan Lens dataset (seeds/plan.json).
 *
 * This file is the contract between the curated data and every part of the extension. The
 * content script never imports it at run time (it ships the pre-validated JSON and only the
 * inferred types), so zod stays out of the page bundle.
 */

/** Every text shown to a reader exists in Japanese and English. */
export const Text = z
  .object({
    ja: z.string().trim().min(1),
    en: z.string().trim().min(1),
  })
  .strict();

export const STATUSES = [
  'plan',
  'pm-statement',
  'reported',
  'context',
  'unverified',
  'misstatement',
] as const;
export const Status = z.enum(STATUSES);

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Id = z.string().regex(ID_PATTERN, 'ids are kebab-case: lowercase letters, digits and -');

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A full calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return isRealDate(y, m, d);
  }, 'not a real calendar date');

/** A date at the precision a source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'partial dates are YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    const [y, m = 1, d = 1] = s.split('-').map(Number) as [number, number?, number?];
    return m >= 1 && m <= 12 && isRealDate(y, m, d);
  }, 'not a real calendar date');

// ─── Evidence (issue 17): source kinds, quote verification, maintainer-only notes ───────────

/** What kind of publisher a source is; shown beside it so a reader can weigh it. */
export const SOURCE_KINDS = ['government', 'survey', 'wire', 'newspaper', 'trade-press', 'blog'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);

/**
 * Whether a citation's words were found on the source page. A confirmed quote is shown in
 * quotation marks; an unconfirmed one is shown as Plan Lens's own summary, without quotation
 * marks and labelled as such. Every citation carries one: there is no "unknown".
 */
export const VERIFICATION_STATES = ['confirmed', 'unconfirmed'] as const;
export const Verification = z.discriminatedUnion('state', [
  z
    .object({
      state: z.literal('confirmed'),
      /** The day the words were seen on the page. */
      checkedOn: IsoDate,
      /** Where they were seen (the stored copy of the page, its address if it differs). */
      where: z.string().min(1),
    })
    .strict(),
  z
    .object({
      state: z.literal('unconfirmed'),
      /** The day the page was looked for. */
      checkedOn: IsoDate,
      /** Why the words could not be confirmed (page not stored, only its opening stored…). */
      reason: z.string().min(1),
    })
    .strict(),
]);

/** A note for the people who maintain the data. Never shown to a reader. */
export const MaintainerNote = z.string().min(1);

export const Source = z
  .object({
    id: Id,
    publisher: z.string().min(1),
    title: z.string().min(1),
    url: z.url({ protocol: /^https$/ }),
    /** Publication date when known. */
    date: IsoDate.optional(),
    lang: z.enum(['ja', 'en']),
    /** Government, survey, wire, newspaper, trade press or blog (see SOURCE_KINDS). */
    kind: SourceKind,
    maintainerNote: MaintainerNote.optional(),
  })
  .strict();

/**
 * Evidence: which source, and a short text from it (under 60 characters). When `verification`
 * is confirmed the text is the page's own words; when unconfirmed it is Plan Lens's summary.
 */
export const Citation = z
  .object({
    sourceId: Id,
    quote: z.string().min(1).max(60),
    verification: Verification,
  })
  .strict();

export const UNITS = [
  'JPY',
  'USD',
  'persons',
  'ratio',
  'multiplier',
  'count',
  'parameters',
  'watts',
  'years',
] as const;
export const Unit = z.enum(UNITS);

export const BOUNDS = ['exact', 'approx', 'more-than', 'at-least', 'less-than'] as const;
export const Bound = z.enum(BOUNDS);

/**
 * What a figure's number is. Ratios are stored as fractions (8割 = 0.8, 26.7% = 0.267);
 * money in units of the currency (1兆円 = 1e12).
 */
export const FigureValue = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('amount'),
      value: z.number().finite(),
      unit: Unit,
      bound: Bound,
    })
    .strict(),
  z
    .object({
      kind: z.literal('date'),
      /** At the precision the source gives. */
      date: PartialDate,
      /** A season instead of a month (2026年夏). */
      season: z.enum(['spring', 'summer', 'autumn', 'winter']).optional(),
    })
    .strict(),
  /** A figure with no number to check (「可能な限り早期に」). */
  z.object({ kind: z.literal('none') }).strict(),
]);

/** Words that tell an article's sentence is about a topic, in each language. */
export const Cues = z
  .object({
    ja: z.array(z.string().min(1)),
    en: z.array(z.string().min(1)),
  })
  .strict();

/** A fact that came after the plan and updates what a figure says. */
export const LaterDevelopment = z
  .object({
    date: PartialDate,
    text: Text,
    status: Status,
    sources: z.array(Citation).min(1),
  })
  .strict();

export const SCOPES = ['plan', 'other-programme', 'comparison'] as const;

/**
 * Who or what a figure counts, for the claim model (lib/check/claim-model.ts): a number said of
 * companies is never compared with a figure of individuals, nor one agency's staff with all
 * government staff.
 */
export const SUBJECTS = [
  'individuals',
  'companies',
  'government-staff',
  'agency-staff',
  'aisi-staff',
  'students',
  /** An age group (20代, "people in their 20s"): never the whole population a national rate counts. */
  'age-group',
  /**
   * The people of one place or one occupation (大阪府の職員, 都民, 医師, 教員, women, doctors): never the
   * whole population a national rate counts.
   */
  'population-group',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const Figure = z
  .object({
    id: Id,
    label: Text,
    /** The value as articles write it: 「1兆円超」 / "more than ¥1 trillion". */
    display: Text,
    value: FigureValue,
    /** Target date or horizon in words (「当面」, 「まずは」, "by 2030"), when there is one. */
    when: Text.optional(),
    status: Status,
    /** Whose figure this is: the plan's own, another programme's, or a comparison. */
    scope: z.enum(SCOPES),
    /** The basic policy this figure belongs to (Plan Lens's own classification), if any. */
    policyId: Id.nullable(),
    instructionIds: z.array(Id),
    /** Cue words: a number in a sentence carrying one of them may be about this figure. */
    cues: Cues,
    /**
     * Optional second condition (added for comparison figures): when present, the sentence must
     * also carry one of these words, e.g. the country of a comparison (米国 for the US's 68.8%), so
     * that a figure about another country or body is told apart from the plan's own.
     */
    qualifiers: Cues.optional(),
    /** Extra explanation shown on the card. */
    note: Text.optional(),
    /** Who or what the figure counts (claim model); absent: any subject. */
    subject: z.enum(SUBJECTS).optional(),
    /**
     * The year or fiscal year the value is about (「2024年度」 → FY2024, 「2026年5月から」 → 2026); a
     * number an article dates to another year is not compared with it. Absent: no year.
     */
    asOf: z
      .string()
      .regex(/^(FY)?\d{4}$/)
      .optional(),
    sources: z.array(Citation).min(1),
    later: z.array(LaterDevelopment).default([]),
    maintainerNote: MaintainerNote.optional(),
  })
  .strict();

export const TERM_KINDS = [
  'plan',
  'body',
  'law',
  'policy',
  'programme',
  'institution',
  'concept',
  'event',
] as const;

export const Term = z
  .object({
    id: Id,
    name: Text,
    kind: z.enum(TERM_KINDS),
    /** Every surface form news sites use, including full-width and spaced forms. */
    aliases: Cues,
    /**
     * Longer strings that contain an alias but are not this term (平賀源内 for 源内,
     * エネルギー基本計画 for 基本計画). A match inside one of them is dropped.
     */
    exclusions: z.array(z.string().min(1)).default([]),
    /**
     * true: the term names the plan (or its own body) unambiguously, so it makes a passage
     * about the plan on its own. false: it counts only in a passage already about the plan.
     */
    anchorsPlan: z.boolean(),
    summary: Text,
    policyId: Id.nullable(),
    figureIds: z.array(Id),
    instructionIds: z.array(Id),
    sources: z.array(Citation).min(1),
  })
  .strict();

export const Policy = z
  .object({
    id: Id,
    number: z.number().int().min(1).max(4),
    /** The formal title: 「AI利活用の加速的推進」. */
    title: Text,
    /** The short form: 「AIを使う」. */
    slogan: Text,
    summary: Text,
    /** Topics Plan Lens files under this policy (its own classification, not the plan's words). */
    topics: z.array(Text),
    sources: z.array(Citation).min(1),
  })
  .strict();

export const Principle = z
  .object({
    id: Id,
    number: z.number().int().min(1).max(3),
    title: Text,
    summary: Text,
    sources: z.array(Citation).min(1),
  })
  .strict();

export const Instruction = z
  .object({
    id: Id,
    number: z.number().int().min(1).max(7),
    title: Text,
    summary: Text,
    policyIds: z.array(Id).min(1),
    figureIds: z.array(Id),
    sources: z.array(Citation).min(1),
  })
  .strict();

/**
 * A wrong claim that circulates. `detect` tells the checker how to recognise it: a sentence that
 * carries the cue words and (when given) a quantity equal to `value`, or that matches a pattern.
 * When `value` is absent the cues alone never flag a sentence (they only describe the topic);
 * recognition then rests on `patterns`.
 */
export const Misstatement = z
  .object({
    id: Id,
    claim: Text,
    correction: Text,
    /** The figure whose correct value the correction points to, if any. */
    figureId: Id.nullable(),
    detect: z
      .object({
        cues: Cues,
        value: FigureValue.optional(),
        /** Regular-expression sources (no flags), matched against one sentence. */
        patterns: z.array(z.string().min(1)).default([]),
      })
      .strict(),
    sources: z.array(Citation).min(1),
  })
  .strict();

export const Milestone = z
  .object({
    id: Id,
    date: PartialDate,
    /** A season instead of a month (2026年夏), as in FigureValue. */
    season: z.enum(['spring', 'summer', 'autumn', 'winter']).optional(),
    label: Text,
    status: Status,
    /** true for facts that came after the plan's decision (2025-12-23). */
    later: z.boolean(),
    sources: z.array(Citation).min(1),
  })
  .strict();

export const Reaction = z
  .object({
    id: Id,
    who: Text,
    text: Text,
    /** Reactions are opinions, never figures. */
    kind: z.enum(['opinion', 'welcome', 'concern', 'criticism']),
    sources: z.array(Citation),
  })
  .strict();

export const PlanInfo = z
  .object({
    title: Text,
    shortTitle: Text,
    subtitle: Text,
    /** 人工知能戦略本部 approved the draft. */
    approvedOn: IsoDate,
    /** 閣議決定. */
    decidedOn: IsoDate,
    legalBasis: Text,
    /** The vision, in two lines. */
    vision: z.array(Text).min(1).max(3),
    chapters: z.array(Text),
    frontierAreas: z.array(Text),
    documentUrl: z.url(),
    datasetVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    asOf: IsoDate,
    sources: z.array(Citation).min(1),
  })
  .strict();

export const PlanDataset = z
  .object({
    $schema: z.string().optional(),
    plan: PlanInfo,
    principles: z.array(Principle).length(3),
    policies: z.array(Policy).length(4),
    instructions: z.array(Instruction).length(7),
    figures: z.array(Figure).min(1),
    terms: z.array(Term).min(1),
    misstatements: z.array(Misstatement).min(1),
    sources: z.array(Source).min(1),
    timeline: z.array(Milestone).min(1),
    reactions: z.array(Reaction),
  })
  .strict();

export type Text = z.infer<typeof Text>;
export type Status = z.infer<typeof Status>;
export type Source = z.infer<typeof Source>;
export type Citation = z.infer<typeof Citation>;
export type SourceKind = z.infer<typeof SourceKind>;
export type Verification = z.infer<typeof Verification>;
export type Unit = z.infer<typeof Unit>;
export type Bound = z.infer<typeof Bound>;
export type FigureValue = z.infer<typeof FigureValue>;
export type Cues = z.infer<typeof Cues>;
export type LaterDevelopment = z.infer<typeof LaterDevelopment>;
export type Figure = z.infer<typeof Figure>;
export type Term = z.infer<typeof Term>;
export type Policy = z.infer<typeof Policy>;
export type Principle = z.infer<typeof Principle>;
export type Instruction = z.infer<typeof Instruction>;
export type Misstatement = z.infer<typeof Misstatement>;
export type Milestone = z.infer<typeof Milestone>;
export type Reaction = z.infer<typeof Reaction>;
export type PlanInfo = z.infer<typeof PlanInfo>;
export type PlanDataset = z.infer<typeof PlanDataset>;
