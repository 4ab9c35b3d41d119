/**
 * Labels and the bilingual explanations of verdicts. The engine gives each claim a Reason (data);
 * explainClaim writes it out where it is shown: the full checker (CLI, popup) and the card page,
 * which hold the full dataset. The content script never loads this module.
 */
import type { Quantity } from '../numbers/types';
import type { Figure, Misstatement, PlanDataset, Status, Text } from '../plan/schema';
import type { Reason, Verdict } from './types';

const VERDICT_LABELS: Record<Verdict, Text> = {
  match: { ja: '一致', en: 'Match' },
  mismatch: { ja: '不一致', en: 'Mismatch' },
  misstatement: { ja: '既知の誤り', en: 'Known misstatement' },
  'not-in-plan': { ja: '計画に記載なし', en: 'Not in the plan' },
};

export function verdictLabel(verdict: Verdict, lang: 'ja' | 'en'): string {
  return VERDICT_LABELS[verdict][lang];
}

const STATUS_LABELS: Record<Status, Text> = {
  plan: { ja: '計画本文', en: 'the plan' },
  'pm-statement': { ja: '首相発言', en: "the PM's statement" },
  reported: { ja: '報道', en: 'reported' },
  context: { ja: '参考値', en: 'context figure' },
  unverified: { ja: '未確認', en: 'unverified' },
  misstatement: { ja: '誤り', en: 'misstatement' },
};

export function statusLabel(status: Status, lang: 'ja' | 'en'): string {
  return STATUS_LABELS[status][lang];
}

/**
 * What the evidence is called: 「公式」/"official" only for the plan's text and the PM's statement;
 * a reported figure is 「報道」/"reported", a comparison or context figure 「参考値」/"for comparison".
 */
export function evidenceKind(
  figure: Pick<Figure, 'status' | 'scope'>,
): 'official' | 'reported' | 'comparison' {
  if (figure.status === 'context' || figure.scope === 'comparison') return 'comparison';
  if (figure.scope === 'plan' && (figure.status === 'plan' || figure.status === 'pm-statement'))
    return 'official';
  return 'reported';
}

const EVIDENCE: Record<ReturnType<typeof evidenceKind>, { noun: Text; label: Text }> = {
  official: { noun: { ja: '公式の数値', en: 'the official figure' }, label: { ja: '公式', en: 'Official' } },
  reported: {
    noun: { ja: '報道された数値', en: 'the reported figure' },
    label: { ja: '報道', en: 'Reported' },
  },
  comparison: {
    noun: { ja: '参考値', en: 'the comparison figure' },
    label: { ja: '参考値', en: 'For comparison' },
  },
};

/** The evidence's label as shown before a figure: 公式 / 報道 / 参考値. */
export function evidenceLabel(figure: Pick<Figure, 'status' | 'scope'>, lang: 'ja' | 'en'): string {
  return EVIDENCE[evidenceKind(figure)].label[lang];
}

function whose(figure: Figure): Text | null {
  if (figure.scope === 'other-programme') {
    return {
      ja: 'これはAI基本計画ではなく、別の施策の数値です。',
      en: 'This is a figure of another programme, not of the AI Basic Plan.',
    };
  }
  if (figure.scope === 'comparison' || figure.status === 'context') {
    return {
      ja: 'これは比較のための参考値で、計画の目標ではありません。',
      en: 'This is a comparison figure, not a target of the plan.',
    };
  }
  if (figure.status === 'reported') {
    return {
      ja: 'この数値は報道によるもので、計画本文で確認されたものではありません。',
      en: 'This figure is reported by the press; it was not seen in the plan text.',
    };
  }
  if (figure.status === 'pm-statement') {
    return {
      ja: '首相が人工知能戦略本部（2025年12月19日）で示した数値です。',
      en: 'The Prime Minister stated it at the AI Strategy Headquarters (2025-12-19).',
    };
  }
  if (figure.status === 'unverified') {
    return { ja: 'この数値の一次資料は見つかっていません。', en: 'No primary source was found for it.' };
  }
  return null;
}

/** What came after the plan, as the explanations say it (null: nothing). */
export function laterText(figure: Figure): Text | null {
  if (figure.later.length === 0) return null;
  return {
    ja: figure.later
      .map((l) => `その後（${l.date}、${statusLabel(l.status, 'ja')}）：${l.text.ja}`)
      .join(' '),
    en: figure.later.map((l) => `Later (${l.date}, ${statusLabel(l.status, 'en')}): ${l.text.en}`).join(' '),
  };
}

function join(parts: Array<Text | null>): Text {
  const present = parts.filter((p): p is Text => p !== null);
  return { ja: present.map((p) => p.ja).join(''), en: present.map((p) => p.en).join(' ') };
}

function official(figure: Figure): Text {
  return {
    ja: `${figure.label.ja}は「${figure.display.ja}」（${statusLabel(figure.status, 'ja')}）`,
    en: `${figure.label.en}: ${figure.display.en} (${statusLabel(figure.status, 'en')})`,
  };
}

const matchTails = new WeakMap<Figure, Text>();

/** What a match says about its figure, built once per figure. */
function matchTail(figure: Figure): Text {
  let tail = matchTails.get(figure);
  if (tail === undefined) {
    const o = official(figure);
    tail = join([{ ja: `${o.ja}。`, en: `${o.en}.` }, whose(figure), figure.note ?? null, laterText(figure)]);
    matchTails.set(figure, tail);
  }
  return tail;
}

export function explainMatch(q: Quantity, figure: Figure): Text {
  const tail = matchTail(figure);
  const noun = EVIDENCE[evidenceKind(figure)].noun;
  return {
    ja: `記事の「${q.text}」は${noun.ja}と一致します。${tail.ja}`,
    en: `The article's "${q.text}" agrees with ${noun.en}. ${tail.en}`,
  };
}

export function explainMismatch(q: Quantity, figure: Figure, others: readonly Figure[]): Text {
  const o = official(figure);
  const noun = EVIDENCE[evidenceKind(figure)].noun;
  const rest =
    others.length > 0
      ? {
          ja: `関連する他の数値：${others.map((f) => `${f.label.ja}「${f.display.ja}」`).join('、')}。`,
          en: `Related figures: ${others.map((f) => `${f.label.en}: ${f.display.en}`).join('; ')}.`,
        }
      : null;
  return join([
    {
      ja: `記事の「${q.text}」は${noun.ja}と一致しません。${o.ja}。`,
      en: `The article's "${q.text}" does not agree with ${noun.en}. ${o.en}.`,
    },
    rest,
    whose(figure),
    laterText(figure),
  ]);
}

export function explainMisstatement(text: string, m: Misstatement, figure: Figure | undefined): Text {
  return join([
    {
      ja: `「${text}」は既知の誤りです（よくある誤り：${m.claim.ja}）。正しくは：${m.correction.ja}`,
      en: `"${text}" is a known misstatement (as it circulates: ${m.claim.en}). Correction: ${m.correction.en}`,
    },
    figure === undefined
      ? null
      : {
          ja: `${evidenceLabel(figure, 'ja')}：${figure.label.ja}は「${figure.display.ja}」（${statusLabel(figure.status, 'ja')}）。`,
          en: `${evidenceLabel(figure, 'en')}: ${figure.label.en}: ${figure.display.en} (${statusLabel(figure.status, 'en')}).`,
        },
  ]);
}

export function explainNotInPlan(q: Quantity, topic: Text): Text {
  return {
    ja: `記事の「${q.text}」（${topic.ja}）に当たる数値は、AI基本計画には見当たりません。計画の本文はほぼ定性的で、この種の数値目標は確認されていません。`,
    en: `The AI Basic Plan has no figure for the article's "${q.text}" (${topic.en}); the plan is almost entirely qualitative and no such target was found in it.`,
  };
}

const NOTHING: Text = { ja: '', en: '' };

/**
 * The explanation of a claim, from its quoted text and its reason, in the dataset's words. A reason
 * naming a record the dataset does not have (a message from an older build) gets no explanation.
 */
export function explainClaim(text: string, reason: Reason, data: PlanDataset): Text {
  const figure = (id: string | null) => (id === null ? undefined : data.figures.find((f) => f.id === id));
  const q = { text } as Quantity; // the explanations read only the quantity's text
  switch (reason.verdict) {
    case 'match': {
      const f = figure(reason.figureId);
      return f ? explainMatch(q, f) : NOTHING;
    }
    case 'mismatch': {
      const f = figure(reason.figureId);
      const others = reason.otherFigureIds.map(figure).filter((o): o is Figure => o !== undefined);
      return f ? explainMismatch(q, f, others) : NOTHING;
    }
    case 'misstatement': {
      const m = data.misstatements.find((x) => x.id === reason.misstatementId);
      return m ? explainMisstatement(text, m, figure(reason.figureId)) : NOTHING;
    }
    case 'not-in-plan':
      return explainNotInPlan(q, reason.topic);
  }
}
