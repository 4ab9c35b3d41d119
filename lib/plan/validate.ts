import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import { aliasKey } from './fold';
import { type Citation, PlanDataset, STATUSES } from './schema';

export type ValidationResult = { ok: true; data: PlanDataset } | { ok: false; errors: string[] };

type Issue = z.core.$ZodIssue;

/** `figures[3] (id=investment).value.bound`: the path of a zod issue, with the id of each record on it. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = raw;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      if (typeof id === 'string') out += ` (id=${id})`;
    } else {
      const name = String(key);
      out += out === '' ? name : `.${name}`;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
    }
  }
  return out === '' ? '(dataset)' : out;
}

function describeIssue(raw: unknown, issue: Issue): string {
  const where = describePath(raw, issue.path);
  if (issue.code === 'unrecognized_keys') {
    return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return `${where}: ${issue.message}`;
}

/**
 * A quantifier applied to a group that itself contains a quantifier ((a+)+, (a|b*)*, (x{1,3}){2,}):
 * the shape behind catastrophic backtracking. A coarse but safe test: patterns are short.
 */
function hasNestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') stack.push(false);
    else if (ch === ')') {
      const quantifiedInside = stack.pop() ?? false;
      const next = source[i + 1];
      const unbounded =
        next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}/.test(source.slice(i + 1)));
      if (quantifiedInside && unbounded) return true;
      if (quantifiedInside && stack.length > 0) stack[stack.length - 1] = true;
    } else if ((ch === '*' || ch === '+' || ch === '{') && stack.length > 0) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

/** Cross-record checks on a dataset that already passed the zod schema. */
function crossCheck(data: PlanDataset): string[] {
  const errors: string[] = [];
  const rec = (collection: string, id: string) => `${collection}[id=${id}]`;

  // Unique ids, per collection.
  const collections = {
    principles: data.principles,
    policies: data.policies,
    instructions: data.instructions,
    figures: data.figures,
    terms: data.terms,
    misstatements: data.misstatements,
    sources: data.sources,
    timeline: data.timeline,
    reactions: data.reactions,
  } as const;
  for (const [name, items] of Object.entries(collections)) {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        errors.push(
          `${name}[${index}] (id=${item.id}).id: duplicate id "${item.id}" (also ${name}[${first}])`,
        );
      } else seen.set(item.id, index);
    });
  }
  // Figures, terms and misstatements share one id space (a finding names one of them by id).
  const shared = new Map<string, string>();
  for (const name of ['figures', 'terms', 'misstatements'] as const) {
    for (const item of collections[name]) {
      const other = shared.get(item.id);
      if (other !== undefined && other !== name) {
        errors.push(`${rec(name, item.id)}.id: id "${item.id}" is also used in ${other}`);
      }
      if (other === undefined) shared.set(item.id, name);
    }
  }

  const ids = {
    policy: new Set(data.policies.map((p) => p.id)),
    instruction: new Set(data.instructions.map((i) => i.id)),
    figure: new Set(data.figures.map((f) => f.id)),
    source: new Set(data.sources.map((s) => s.id)),
  };
  const ref = (where: string, kind: keyof typeof ids, id: string | null) => {
    if (id !== null && !ids[kind].has(id)) errors.push(`${where}: unknown ${kind} "${id}"`);
  };
  const refs = (where: string, kind: keyof typeof ids, list: readonly string[]) => {
    list.forEach((id, i) => {
      ref(`${where}[${i}]`, kind, id);
    });
  };
  const cites = (where: string, citations: readonly Citation[], required: boolean) => {
    if (required && !citations.some((c) => c.quote.trim() !== '')) {
      errors.push(`${where}: needs at least one source with a quote`);
    }
    citations.forEach((c, i) => {
      ref(`${where}[${i}].sourceId`, 'source', c.sourceId);
      if (c.quote.trim() === '') errors.push(`${where}[${i}].quote: empty quote`);
    });
  };

  cites('plan.sources', data.plan.sources, true);
  for (const p of data.principles) cites(`${rec('principles', p.id)}.sources`, p.sources, true);
  for (const p of data.policies) cites(`${rec('policies', p.id)}.sources`, p.sources, true);
  for (const ins of data.instructions) {
    const where = rec('instructions', ins.id);
    refs(`${where}.policyIds`, 'policy', ins.policyIds);
    refs(`${where}.figureIds`, 'figure', ins.figureIds);
    cites(`${where}.sources`, ins.sources, true);
  }
  const decided = data.plan.decidedOn;
  for (const f of data.figures) {
    const where = rec('figures', f.id);
    ref(`${where}.policyId`, 'policy', f.policyId);
    refs(`${where}.instructionIds`, 'instruction', f.instructionIds);
    cites(`${where}.sources`, f.sources, true);
    f.later.forEach((l, i) => {
      cites(`${where}.later[${i}].sources`, l.sources, true);
      if (l.date < decided.slice(0, l.date.length)) {
        errors.push(`${where}.later[${i}].date: ${l.date} is before the plan's decision (${decided})`);
      }
    });
    if (f.cues.ja.length + f.cues.en.length === 0) errors.push(`${where}.cues: a figure needs cue words`);
  }
  for (const term of data.terms) {
    const where = rec('terms', term.id);
    ref(`${where}.policyId`, 'policy', term.policyId);
    refs(`${where}.figureIds`, 'figure', term.figureIds);
    refs(`${where}.instructionIds`, 'instruction', term.instructionIds);
    cites(`${where}.sources`, term.sources, true);
    if (term.aliases.ja.length + term.aliases.en.length === 0) errors.push(`${where}.aliases: no alias`);
  }
  for (const m of data.misstatements) {
    const where = rec('misstatements', m.id);
    ref(`${where}.figureId`, 'figure', m.figureId);
    cites(`${where}.sources`, m.sources, true);
    if (m.detect.value === undefined && m.detect.patterns.length === 0) {
      errors.push(`${where}.detect: needs a value or at least one pattern`);
    }
    m.detect.patterns.forEach((pattern, i) => {
      try {
        new RegExp(pattern);
      } catch (e) {
        errors.push(`${where}.detect.patterns[${i}]: not a valid RegExp (${(e as Error).message})`);
        return;
      }
      if (hasNestedQuantifier(pattern)) {
        errors.push(`${where}.detect.patterns[${i}]: nested quantifier (risk of catastrophic backtracking)`);
      }
    });
  }
  for (const t of data.timeline) {
    const where = rec('timeline', t.id);
    cites(`${where}.sources`, t.sources, true);
    if (t.later && t.date < decided.slice(0, t.date.length)) {
      errors.push(`${where}.date: marked later but ${t.date} is before the plan's decision (${decided})`);
    }
  }
  for (const r of data.reactions) cites(`${rec('reactions', r.id)}.sources`, r.sources, false);

  // No alias may belong to two terms (compared folded: width, ideographic space, case).
  const owner = new Map<string, { termId: string; alias: string }>();
  for (const term of data.terms) {
    for (const lang of ['ja', 'en'] as const) {
      term.aliases[lang].forEach((alias, i) => {
        const key = aliasKey(alias);
        const prev = owner.get(key);
        if (prev && prev.termId !== term.id) {
          errors.push(
            `${rec('terms', term.id)}.aliases.${lang}[${i}]: alias "${alias}" also belongs to terms[id=${prev.termId}] ("${prev.alias}")`,
          );
        } else if (!prev) owner.set(key, { termId: term.id, alias });
      });
    }
  }

  // Statuses: the schema already restricts them; kept as a guard should the enum ever widen.
  const statuses = new Set<string>(STATUSES);
  for (const f of data.figures) {
    if (!statuses.has(f.status)) errors.push(`${rec('figures', f.id)}.status: unknown status "${f.status}"`);
  }
  return errors;
}

/** Parse and check a dataset. Every problem is reported, each naming its record and field. */
export function validateDataset(raw: unknown): ValidationResult {
  const parsed = PlanDataset.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(raw, issue)) };
  }
  const errors = crossCheck(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: parsed.data };
}

/**
 * Read, parse and validate a seed file; throw one Error listing every problem, one per line, each
 * prefixed with the file name. Used by the build (wxt.config.ts, `build:before`) and the tests.
 */
export function assertSeedFileValid(filePath: string): PlanDataset {
  const name = relative(process.cwd(), filePath) || filePath;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (e) {
    throw new Error(`${name}: cannot read the dataset: ${(e as Error).message}`);
  }
  const result = validateDataset(raw);
  if (!result.ok) {
    const lines = result.errors.map((err) => `${name}: ${err}`);
    throw new Error(`${name}: ${result.errors.length} problem(s) in the dataset\n${lines.join('\n')}`);
  }
  return result.data;
}
