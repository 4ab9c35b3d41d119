/**
 * Deterministic news-like pages for the benchmark.
 *
 * A page is a run of Japanese articles: headings, paragraphs with inline links, emphasis and ruby,
 * stock tables, lists and asides, with plan mentions (AI基本計画, 源内, AISI, 人工知能戦略本部…)
 * and numbers (1兆円超, 8割, 10万人以上, 2026年5月, stock prices) at a realistic density, plus
 * text that has nothing to do with the plan, and the traps the checker must leave alone
 * (平賀源内, 宇宙基本計画, エネルギー基本計画). Everything comes from one seeded PRNG, so a seed and a
 * size always give the same page, byte for byte; nothing large is committed.
 */

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** Ways articles name the plan and its entities. */
const PLAN_NAMES = ['AI基本計画', '人工知能基本計画', 'ＡＩ基本計画', '政府のAI基本計画', 'AI Basic Plan'];
const ENTITIES = [
  '人工知能戦略本部',
  'AI戦略本部',
  'ガバメントAI「源内」',
  '源内',
  'AISI',
  'AIセーフティ・インスティテュート',
  'AI法',
  '人工知能関連技術の研究開発及び活用の推進に関する法律',
  '国産の汎用基盤モデル',
  'フィジカルAI',
  'GENIAC',
  '広島AIプロセス',
  'AIサミット',
];

/** Sentences about the plan; {P} is a plan name, {E} an entity. */
const PLAN_SENTENCES = [
  '政府は{P}を閣議決定し、官民で1兆円超をAI関連施策に投資する方針を示した。',
  '{P}は「信頼できるAI」による「日本再起」を掲げ、4つの基本的な方針を柱とする。',
  '{E}は2026年5月から10万人以上の政府職員が活用する見通しだ。',
  'AISIは人員を現在の約30人から2倍程度に増やし、英国並みの200人体制を目指す。',
  '国民の生成AI利用率は2024年度に25%程度にとどまり、{P}はまずは5割、将来的には8割を目標とする。',
  '高市首相は12月19日の人工知能戦略本部で、{E}について7点の指示を出した。',
  '{P}は令和7年12月23日に閣議決定され、当面は毎年改定する。',
  '補正予算では約1,900億円がAI施策に充てられ、{E}の強化も盛り込まれた。',
  '{E}をめぐっては、2026年夏をめどに投資のロードマップをまとめる。',
  '専門家は「{P}の実現には3兆円が必要だ」と指摘し、利用率は9割を目指すべきだと語った。',
  '{P}の関連で、源内の大規模実証は約18万人の職員を対象に行われる。',
  '一部では「{P}の7本柱」との表現も見られるが、計画が掲げるのは4つの基本的な方針だ。',
  '{E}に関する予算は2026年度に3,873億円が計上された。',
  'The {P} targets more than ¥1 trillion in public and private investment, and 80 percent usage.',
  '{E}の担当者は「{P}に沿って着実に進めたい」と述べた。',
];

/** Sentences with numbers that are not about the plan. */
const OTHER_SENTENCES = [
  '日経平均株価は前日比312円高の3万9,850円で取引を終えた。',
  '関連銘柄の株価は3,500円で、売買代金は約1,200億円に達した。',
  '東京都内の最高気温は28.5度で、平年より2度高かった。',
  '同社の2025年4〜9月期の連結純利益は前年同期比12%増の4,560億円だった。',
  '試合は3対2で終わり、観客は約4万8,000人に上った。',
  '新駅の利用者は1日あたり約12万人を見込む。',
  '為替は1ドル=152円40銭前後で推移した。',
  '住宅ローンの金利は年0.475%に引き上げられる。',
  '宇宙基本計画では、1兆円規模の宇宙戦略基金を活用する。',
  'エネルギー基本計画は、2040年度に再生可能エネルギーを4〜5割とする。',
  '江戸時代の発明家、平賀源内の特集は今月28日から始まる。',
  '英国のAI Security Instituteは、職員が200人を超えた。',
  '県内の新型ウイルス感染者は前週比1.2倍の3,456人だった。',
  '同市の人口は約18万人で、高齢化率は31.4%に達する。',
];

/** Plain prose with no numbers and no mentions, to pad paragraphs the way real articles do. */
const FILLER = [
  '関係者によると、詳細は今後の会合で詰める方向だという。',
  '地域の事業者からは、人手不足への対応を急ぐべきだとの声が上がっている。',
  '一方で、現場の負担が増えるのではないかという懸念も根強い。',
  '担当者は取材に対し「丁寧に説明を尽くしたい」と話した。',
  '制度の見直しには時間がかかるとの見方が多い。',
  '市民の間では、期待と不安が入り交じっている。',
  '専門家は、国際的な動向を踏まえた議論が欠かせないと指摘する。',
  '今後の焦点は、具体的な進め方と財源の確保に移る。',
  '会見では、記者から質問が相次いだ。',
  '同様の取り組みは海外でも広がりつつある。',
];

const HEADINGS = [
  'AI基本計画、閣議決定　官民で1兆円超',
  '源内、政府職員10万人以上が活用へ',
  'AISI体制強化　英国並みの200人目指す',
  '株式市場　日経平均が反発',
  '週末の天気　各地で気温上昇',
  '地域経済　観光客が回復基調',
  '生成AI利用率、8割目標の行方',
  'スポーツ　接戦を制す',
];

const RUBY: ReadonlyArray<[string, string]> = [
  ['閣議', 'かくぎ'],
  ['基盤', 'きばん'],
  ['源内', 'げんない'],
  ['戦略', 'せんりゃく'],
  ['官邸', 'かんてい'],
];

const STOCKS = ['ソフトバンクG', 'NTTデータ', '富士通', 'NEC', 'さくらインターネット', 'トヨタ', 'ソニーG'];

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const utf8 = new TextEncoder();
const byteLength = (s: string): number => utf8.encode(s).length;

/**
 * Collects markup and counts the bytes of the text a reader sees (UTF-8), the measure the page's
 * target size is about.
 */
class PageWriter {
  readonly parts: string[] = [];
  textBytes = 0;
  tag(markup: string): void {
    this.parts.push(markup);
  }
  text(s: string): void {
    this.parts.push(escapeHtml(s));
    this.textBytes += byteLength(s);
  }
}

function fillSentence(rng: Rng, template: string): string {
  return template.replace(/\{P\}/g, () => pick(rng, PLAN_NAMES)).replace(/\{E\}/g, () => pick(rng, ENTITIES));
}

/**
 * Density: 40% of the articles are about the plan, and 40% of their sentences name it (with the
 * plan's numbers, and numbers it has nothing to say about); elsewhere a third of the sentences
 * carry unrelated numbers (prices, scores, weather) and the rest is plain prose. About one
 * sentence in six names the plan: a news site's AI section on the week of the decision.
 */
const ABOUT_PLAN_SHARE = 0.4;
const PLAN_SENTENCE_SHARE = 0.4;

function sentence(rng: Rng, aboutPlan: boolean): string {
  const r = rng();
  if (aboutPlan && r < PLAN_SENTENCE_SHARE) return fillSentence(rng, pick(rng, PLAN_SENTENCES));
  if (r < 0.7) return pick(rng, FILLER);
  return pick(rng, OTHER_SENTENCES);
}

/** A paragraph with inline markup: links, emphasis, strong and ruby, never across a sentence's words. */
function paragraph(w: PageWriter, rng: Rng, aboutPlan: boolean): void {
  w.tag('<p>');
  const count = int(rng, 2, 6);
  for (let i = 0; i < count; i++) {
    const s = sentence(rng, aboutPlan);
    const r = rng();
    if (r < 0.12) {
      w.tag(`<a href="/news/${int(rng, 1000, 99999)}">`);
      w.text(s);
      w.tag('</a>');
    } else if (r < 0.24) {
      // emphasis in the middle of a sentence: a match may cross it
      const cut = int(rng, 1, Math.max(1, s.length - 1));
      w.text(s.slice(0, cut));
      w.tag('<em>');
      w.text(s.slice(cut, Math.min(s.length, cut + 6)));
      w.tag('</em>');
      w.text(s.slice(Math.min(s.length, cut + 6)));
    } else if (r < 0.3) {
      const [base, reading] = pick(rng, RUBY);
      w.text(s);
      w.tag('<ruby>');
      w.text(base);
      w.tag('<rp>(</rp><rt>');
      w.text(reading);
      w.tag('</rt><rp>)</rp></ruby>');
      w.text('について。');
    } else if (r < 0.36) {
      w.tag('<strong>');
      w.text(s);
      w.tag('</strong>');
    } else {
      w.text(s);
    }
  }
  w.tag('</p>\n');
}

function stockTable(w: PageWriter, rng: Rng): void {
  w.tag('<table class="stock"><thead><tr><th>');
  w.text('銘柄');
  w.tag('</th><th>');
  w.text('終値');
  w.tag('</th><th>');
  w.text('前日比');
  w.tag('</th></tr></thead><tbody>\n');
  const rows = int(rng, 3, 6);
  for (let i = 0; i < rows; i++) {
    w.tag('<tr><td>');
    w.text(pick(rng, STOCKS));
    w.tag('</td><td>');
    w.text(`${int(rng, 1, 9)},${String(int(rng, 0, 999)).padStart(3, '0')}円`);
    w.tag('</td><td>');
    w.text(`${rng() < 0.5 ? '+' : '-'}${int(rng, 1, 300)}円（${(rng() * 5).toFixed(2)}%）`);
    w.tag('</td></tr>\n');
  }
  w.tag('</tbody></table>\n');
}

function list(w: PageWriter, rng: Rng, aboutPlan: boolean): void {
  w.tag('<ul>');
  const items = int(rng, 3, 5);
  for (let i = 0; i < items; i++) {
    w.tag('<li>');
    w.text(sentence(rng, aboutPlan));
    w.tag('</li>');
  }
  w.tag('</ul>\n');
}

/** One article: a heading, a byline, paragraphs, and now and then a table, a list or an aside. */
function article(w: PageWriter, rng: Rng, index: number): void {
  const aboutPlan = rng() < ABOUT_PLAN_SHARE;
  w.tag(`<article id="a${index}"><h2>`);
  w.text(pick(rng, HEADINGS));
  w.tag('</h2><p class="meta">');
  w.text(
    `テスト新聞 2025年12月${int(rng, 1, 28)}日 ${int(rng, 6, 23)}:${String(int(rng, 0, 59)).padStart(2, '0')}`,
  );
  w.tag('</p>\n');
  const paragraphs = int(rng, 4, 10);
  for (let i = 0; i < paragraphs; i++) {
    paragraph(w, rng, aboutPlan);
    const r = rng();
    if (r < 0.08) stockTable(w, rng);
    else if (r < 0.16) list(w, rng, aboutPlan);
  }
  if (rng() < 0.3) {
    w.tag('<aside class="related"><h3>');
    w.text('関連記事');
    w.tag('</h3>');
    list(w, rng, false);
    w.tag('</aside>\n');
  }
  w.tag('</article>\n');
}

const PAGE_STYLE = `body{font-family:sans-serif;max-width:760px;margin:24px auto;line-height:1.8;color:#222}
.meta{color:#666;font-size:14px}.stock{border-collapse:collapse}.stock td,.stock th{border:1px solid #ddd;padding:2px 6px}
aside{background:#f6f6f6;padding:4px 12px}`;

export interface GeneratedPage {
  html: string;
  /** UTF-8 bytes of the page's visible text. */
  textBytes: number;
  articles: number;
}

/** A full HTML page with about `targetTextBytes` bytes of visible text. */
export function generatePage(targetTextBytes: number, seed = 1): GeneratedPage {
  const rng = mulberry32(seed);
  const w = new PageWriter();
  w.tag('<!doctype html>\n<html lang="ja"><head><meta charset="utf-8"><title>');
  w.tag('テスト新聞 ベンチマーク');
  w.tag(`</title><style>${PAGE_STYLE}</style></head>\n<body>\n<header><nav>`);
  for (const section of ['政治', '経済', '国際', 'テクノロジー', 'スポーツ']) {
    w.tag('<a href="#">');
    w.text(section);
    w.tag('</a> ');
  }
  w.tag('</nav></header>\n<main id="main">\n');
  let articles = 0;
  while (w.textBytes < targetTextBytes) article(w, rng, articles++);
  w.tag('</main>\n<footer><p>');
  w.text('© テスト新聞');
  w.tag('</p></footer>\n<script>window.__pageReady = true;</script>\n</body></html>\n');
  return { html: w.parts.join(''), textBytes: w.textBytes, articles };
}

/** `count` paragraphs about the plan, as a page would append them (a live blog, "read more"). */
export function generateParagraphs(count: number, seed = 2): string {
  const rng = mulberry32(seed);
  const w = new PageWriter();
  for (let i = 0; i < count; i++) paragraph(w, rng, true);
  return w.parts.join('');
}

/** Plain text of about `targetBytes` UTF-8 bytes from the same articles, one paragraph a line. */
export function generateText(targetBytes: number, seed = 3): string {
  const rng = mulberry32(seed);
  const lines: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const aboutPlan = rng() < ABOUT_PLAN_SHARE;
    const heading = pick(rng, HEADINGS);
    lines.push(heading);
    bytes += byteLength(heading) + 1;
    const paragraphs = int(rng, 4, 10);
    for (let i = 0; i < paragraphs; i++) {
      const parts: string[] = [];
      const count = int(rng, 2, 6);
      for (let j = 0; j < count; j++) parts.push(sentence(rng, aboutPlan));
      const line = parts.join('');
      lines.push(line);
      bytes += byteLength(line) + 1;
    }
    lines.push('');
    bytes += 1;
  }
  return lines.join('\n');
}

/** The sizes the benchmark runs, in bytes of visible text. */
export const PAGE_SIZES = {
  '100KB': 100 * 1024,
  '1MB': 1024 * 1024,
  '5MB': 5 * 1024 * 1024,
} as const;
export type PageSize = keyof typeof PAGE_SIZES;
