/**
 * Plan topics for which the plan gives no figure (Plan Lens's own list, from the reference: the
 * plan's chapters are qualitative — no AI人材 counts, compute/GPU/electricity targets, startup
 * counts, education KPIs, corporate-use targets or dated 2030/2035/2040 goals). A number in a
 * sentence about one of these topics, attributed to the plan, is `not-in-plan`.
 */
import type { QuantityUnit } from '../numbers/types';
import type { Text } from '../plan/schema';

export interface NoFigureTopic {
  id: string;
  label: Text;
  cues: { ja: string[]; en: string[] };
  /**
   * The units a number of the topic comes in (a count of AI talent is people, not a model's
   * 「1兆パラメーター」); a date may be any topic's (a dated goal).
   */
  units: readonly QuantityUnit[];
}

export const NO_FIGURE_TOPICS: readonly NoFigureTopic[] = [
  {
    id: 'talent',
    label: { ja: 'AI人材の数', en: 'AI talent numbers' },
    cues: {
      ja: ['AI人材', 'デジタル人材', '人材育成', '人材を育成', '専門人材', '技術者', 'エンジニア', '研究者'],
      en: ['AI talent', 'AI professionals', 'AI specialists', 'AI engineers', 'engineers', 'researchers'],
    },
    units: ['persons', 'multiplier'],
  },
  {
    id: 'compute',
    label: { ja: '計算資源・GPU・電力の目標', en: 'compute, GPU and power targets' },
    cues: {
      ja: ['GPU', '計算資源', '計算基盤', 'データセンター', '電力', 'スパコン', 'スーパーコンピューター'],
      en: [
        'GPU',
        'compute',
        'computing power',
        'computing capacity',
        'computing resources',
        'computing infrastructure',
        'data center',
        'data centre',
        'supercomputer',
      ],
    },
    units: ['count', 'watts', 'JPY', 'USD', 'multiplier'],
  },
  {
    id: 'startups',
    label: { ja: 'AIスタートアップの数', en: 'AI startup counts' },
    cues: { ja: ['スタートアップ', 'ユニコーン', '新興企業'], en: ['startup', 'start-up', 'unicorn'] },
    units: ['count', 'JPY', 'USD', 'multiplier'],
  },
  {
    id: 'education',
    label: { ja: '教育の数値目標', en: 'education targets' },
    cues: {
      ja: ['AI教育', 'リテラシー', '学校', '児童', '生徒', '学生', '教員'],
      en: ['AI education', 'literacy', 'schools', 'students', 'pupils', 'teachers'],
    },
    units: ['persons', 'ratio', 'count', 'multiplier'],
  },
  {
    id: 'corporate-use',
    label: { ja: '企業のAI導入目標', en: 'corporate AI adoption targets' },
    cues: {
      ja: ['企業のAI導入', '企業の導入率', 'AI導入率', '中小企業のAI', '企業の生成AI'],
      en: ['corporate adoption', 'adoption rate', 'companies using AI', 'businesses using AI'],
    },
    units: ['ratio', 'multiplier'],
  },
];

/** Words that attribute a number to a plan or target: required for `not-in-plan`. */
export const ATTRIBUTION =
  /計画|目標|目指|めざ|掲げ|盛り込|打ち出|明記|方針|\b(?:plan|target|goal|aims?|aiming|pledge)/i;
