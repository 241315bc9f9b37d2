import { loadChineseLexicon } from '../../lambdas/adapters/chinese-lexicon';

describe('loadChineseLexicon (jieba\'s word list from @node-rs/jieba)', () => {
  test('holds the goods words OCR misreads and not their misreadings; two to four Han characters only', async () => {
    const lexicon = await loadChineseLexicon();
    for (const word of ['器皿', '冶金', '氧化铝', '实验室', '轴承', '聚乙烯', '截止阀']) expect(lexicon.has(word)).toBe(true);
    for (const word of ['器血', '治金', '截止间', '浪子轴承', '铝', '4S店']) expect(lexicon.has(word)).toBe(false);
  });
});
