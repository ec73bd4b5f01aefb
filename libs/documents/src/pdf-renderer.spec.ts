import { DocumentSpec } from './document-spec';
import { renderPdf } from './pdf-renderer';
import { extractPdfText } from './pdf-text';

const SPEC: DocumentSpec = {
  title: '受理回执',
  issuer: '黄浦区集聚区创作者服务台',
  subtitle: '文书编号 HP-SHD-2026-000123-SL',
  issuedAt: '2026-03-02T02:30:00.000Z',
  sections: [
    { paragraphs: ['喆堃同学：您提交的诉求已由服务台受理，现将有关事项告知如下。'] },
    {
      heading: '一、案件信息',
      rows: [
        ['案件编号', 'HP-SHD-2026-000123'],
        ['服务项目', '盾牌行动（权益保护）'],
        ['办结期限', '2026年3月9日 17:30（5 个工作日）'],
      ],
    },
    { heading: '二、需补正的材料', list: ['侵权链接的网页截图', '平台投诉回执'] },
    { heading: '三、时限', table: { columns: ['时限', '截止时间'], rows: [['受理', '2026-03-03 17:30'], ['办结', '2026-03-09 17:30']] } },
  ],
  closing: ['黄浦区集聚区创作者服务台', '2026年3月2日'],
  footer: '本文书由系统生成',
  verification: { code: '7KQ2-M9XD-4HRT-PW3C', url: 'https://desk.example.cn/verify/7KQ2-M9XD-4HRT-PW3C' },
};

const textOf = extractPdfText;

describe('renderPdf', () => {
  let pdf: Buffer;
  beforeAll(async () => (pdf = await renderPdf(SPEC)));

  it('writes a PDF whose Chinese text can be extracted again', async () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await textOf(pdf)).replace(/\s+/g, '');
    for (const expected of ['受理回执', '黄浦区集聚区创作者服务台', '喆堃同学', 'HP-SHD-2026-000123', '盾牌行动（权益保护）', '侵权链接的网页截图', '平台投诉回执', '2026-03-0917:30', '核验码：7KQ2-M9XD-4HRT-PW3C', '第1页，共1页']) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
  });

  it('embeds a subset of the CJK font and a QR image, so it needs no font on the reader', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile3|\/FontFile2/);
    expect(raw).toMatch(/NotoSansHans/);
    expect(raw).toMatch(/\/Subtype \/Image/);
    // A subset, not the 8 MB font.
    expect(pdf.length).toBeLessThan(400_000);
  });

  it('draws the same bytes for the same spec (a re-downloaded copy is identical)', async () => {
    expect((await renderPdf(SPEC)).equals(pdf)).toBe(true);
  });

  it('breaks long content over pages and numbers them', async () => {
    const long: DocumentSpec = { ...SPEC, sections: [{ heading: '清单', list: Array.from({ length: 80 }, (_, i) => `第${i + 1}项材料：网络侵权证据截图及说明`) }] };
    const text = await textOf(await renderPdf(long));
    expect(text).toContain('第80项材料');
    expect(text).toMatch(/共\s*[2-9]\s*页/);
  });
});
