import { describe, expect, it } from 'vitest';
import { findMentions, scanBlock } from '../../../lib/detect';

// The plan's names and entities as the press writes them (sentences written for these tests).

const found = (text: string) => findMentions(text).map((m) => [m.text, m.termId]);

describe('the plan as wire copy names it', () => {
  it('人工知能（ＡＩ）基本計画 in full-width and half-width brackets', () => {
    expect(found('政府の人工知能（ＡＩ）基本計画が固まった。')).toEqual([
      ['人工知能（ＡＩ）基本計画', 'plan'],
    ]);
    expect(found('政府の人工知能(AI)基本計画案を了承')).toEqual([['人工知能(AI)基本計画案', 'plan']]);
  });

  it('初の「基本計画」 in a sentence about AI anchors the page; without AI it does not', () => {
    const text = '政府は閣議で、人工知能の活用に関する初の「基本計画」を決めた。';
    expect(scanBlock(text).anchored).toBe(true);
    expect(found(text)).toEqual([['初の「基本計画」', 'plan']]);
    expect(scanBlock('市は初の「基本計画」を策定した。').anchored).toBe(false);
  });

  it('bare 基本計画, 骨子案, たたき台 are mentions only on a page about the plan, in an AI passage', () => {
    const text = 'AI基本計画について\n基本計画の骨子案はAIの利用率を高める。\n予算原案にAI関連費。';
    expect(found(text)).toEqual([
      ['AI基本計画', 'plan'],
      ['基本計画', 'plan'],
      ['骨子案', 'plan'],
    ]);
    // Not about the plan: nothing is marked.
    expect(found('基本計画の骨子案はAIの利用率を高める。')).toEqual([]);
  });

  it('other plans stay unmarked', () => {
    for (const text of [
      '政府は宇宙基本計画を改定し、AIの活用も盛り込んだ。',
      '第7次エネルギー基本計画はAIの電力需要を見込む。',
      '知的財産推進計画ではAIと著作権を扱う。',
      'The EU AI Act applies from 2026. Korea passed its AI Basic Act.',
      'The US AI Action Plan was released in July.',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('English: the Jiji form, any case of "AI basic plan", and "draft plan" on a page about it', () => {
    expect(
      found(
        'The government adopted its first basic plan on the development and utilization of artificial intelligence.',
      ),
    ).toEqual([['first basic plan on the development and utilization of artificial intelligence', 'plan']]);
    expect(found("Japan's AI BASIC PLAN is out.")).toEqual([['AI BASIC PLAN', 'plan']]);
    expect(found('The AI Strategy Headquarters approved the draft plan on AI.')).toEqual([
      ['AI Strategy Headquarters', 'ai-strategy-hq'],
      ['draft plan', 'plan'],
    ]);
    expect(found('The draft plan on AI was discussed.')).toEqual([]);
  });
});

describe('the plan called a national plan on AI', () => {
  it('is Japan’s plan where the passage says Japan', () => {
    const ja = '日本政府は2025年12月、人工知能に関する初めての国家計画を決めた。';
    expect(scanBlock(ja).anchored).toBe(true);
    expect(found(ja)).toEqual([['人工知能に関する初めての国家計画', 'plan']]);
    const en =
      'Japan has adopted its first national AI plan, aiming to be the easiest country to develop AI in.';
    expect(scanBlock(en).anchored).toBe(true);
    expect(found(en)).toEqual([['first national AI plan', 'plan']]);
    expect(found("Tokyo's first national plan on AI was approved.")).toEqual([
      ['first national plan on AI', 'plan'],
    ]);
  });

  it('another country’s national AI plan is not marked', () => {
    for (const text of [
      'India unveiled its first national AI plan in 2024.',
      'Vietnam approved a national plan on artificial intelligence.',
      '韓国はAIに関する初の国家計画をまとめた。',
      '韓国政府は、AIに関する初の国家計画を決めた。',
      'Like Japan, South Korea has a national AI plan.',
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe('「AI基本法」: Korea’s law by name, Japan’s AI Act as some coverage miscalls it', () => {
  it('is Japan’s AI Act beside the plan or Japan, with no other jurisdiction in the block', () => {
    expect(found('人工知能基本計画は、2025年6月に公布されたAI基本法に基づく。')).toEqual([
      ['人工知能基本計画', 'plan'],
      ['AI基本法', 'ai-act'],
    ]);
  });
  it('is never Japan’s where Korea is named, and does not anchor a page on its own', () => {
    expect(found('韓国ではAI基本法が2026年1月に施行された。')).toEqual([]);
    expect(found('日本のAI基本計画と韓国の制度を比べる。同国のAI基本法は2024年12月に成立した。')).toEqual([
      ['AI基本計画', 'plan'],
    ]);
    expect(scanBlock('AI基本法の議論が進む。').anchored).toBe(false);
  });
});

describe('the plan and its law named in other ways', () => {
  it('AI(人工知能)基本計画 and a bare 基本計画 where the government and AI are named anchor the page', () => {
    expect(found('日本で初めての「AI(人工知能)基本計画」が示された。')).toEqual([
      ['AI(人工知能)基本計画', 'plan'],
    ]);
    expect(scanBlock('首相は戦略本部で、基本計画に沿ってAI投資を進めると述べた。').anchored).toBe(true);
    // A city's own plan, with no national government in the passage, does not.
    expect(scanBlock('市の基本計画ではAIを使った窓口を検討する。').anchored).toBe(false);
  });

  it("Japan's AI law by its formal names anchors; a bare AI Act with no Japanese context does not", () => {
    expect(scanBlock('国会で成立した「AI(人工知能)法」を踏まえる。').anchored).toBe(true);
    expect(scanBlock('人工知能関連技術の研究開発及び活用の推進に関する法律が成立した。').anchored).toBe(true);
    expect(
      found(
        'Japan passed the Act on the Promotion of Research, Development and Utilization of Artificial Intelligence-Related Technologies.',
      ),
    ).toEqual([
      [
        'Act on the Promotion of Research, Development and Utilization of Artificial Intelligence-Related Technologies',
        'ai-act',
      ],
    ]);
    expect(found('The EU AI Act applies from 2026.')).toEqual([]);
  });

  it("another jurisdiction's AI law written like Japan's is no mention", () => {
    const eu = 'EUの「人工知能(AI)法」が官報に載り、AI法は8月に施行される。';
    expect(found(eu)).toEqual([]);
    expect(scanBlock(eu).anchored).toBe(false);
    expect(found('韓国のAI(人工知能)法が施行された。')).toEqual([]);
    // The marker right before the name decides even where Japan is named.
    expect(found('日本は、EUの「AI法」とは違う道を選んだ。')).toEqual([]);
    // Japan's, with the EU named for comparison, stays.
    expect(scanBlock('日本のAI法はEUのAI法より緩やかだ。').anchored).toBe(true);
  });
});

describe('entity-only pages', () => {
  it('Gennai with civil servants in any case anchors an English page', () => {
    expect(scanBlock("A 'Gennai' AI Platform For Civil Servants").anchored).toBe(true);
  });

  it('源内 with デジタル庁 or 政府職員 is the government AI and anchors the page on its own', () => {
    expect(scanBlock('デジタル庁の源内は政府職員が使う生成AI環境だ。').anchored).toBe(true);
    expect(found('デジタル庁の源内は政府職員が使う生成AI環境だ。')).toEqual([['源内', 'gennai']]);
  });

  it('源内 alone, or 平賀源内, is not', () => {
    expect(scanBlock('源内の名は広く知られる。').anchored).toBe(false);
    expect(found('平賀源内はデジタル庁とは関係のない江戸時代の人物だ。')).toEqual([]);
  });

  it("Japan's AISI anchors; the UK and US institutes are not mentions", () => {
    expect(scanBlock('ＡＩセーフティ・インスティテュートの人員を増やす。').anchored).toBe(true);
    expect(scanBlock('Japan AI Safety Institute will double its staff.').anchored).toBe(true);
    expect(found("Britain's AI Safety Institute has a large team.")).toEqual([]);
    expect(found('The UK AI Security Institute grew fast.')).toEqual([]);
    const mixed = findMentions('日本のAISIは約30人、英国のAISIは数百人だ。');
    expect(mixed.map((m) => m.text)).toEqual(['AISI']);
  });
});
