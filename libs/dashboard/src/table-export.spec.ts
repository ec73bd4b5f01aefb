import ExcelJS from 'exceljs';
import { contentDisposition, exportFile, ExportTable, neutralise, toCsv, toXlsx } from './table-export';

const table: ExportTable = {
  title: '专员工作量',
  slug: 'dashboard-agents',
  columns: [
    { header: '专员', kind: 'text' },
    { header: '在办', kind: 'int' },
    { header: '按期率', kind: 'percent' },
    { header: '办理时长(工作小时)', kind: 'hours' },
    { header: '截止时间', kind: 'datetime' },
  ],
  rows: [
    ['李专员', 12, 0.9153, 27.5, new Date('2026-03-02T01:30:00Z')],
    ['=HYPERLINK("http://x")', 0, null, null, null],
    ['含,逗号"引号"', 3, 1, 1.2, null],
  ],
};

describe('table exports', () => {
  it('writes CSV with a BOM, Chinese headers, quoting, Shanghai times and no formulas', () => {
    const text = toCsv(table).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')).toEqual([
      '专员,在办,按期率,办理时长(工作小时),截止时间',
      '李专员,12,91.5%,27.5,2026-03-02 09:30',
      `"'=HYPERLINK(""http://x"")",0,,,`,
      '"含,逗号""引号""",3,100%,1.2,',
      '',
    ]);
  });

  it('writes XLSX with numbers as numbers and instants as Shanghai wall-clock times', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(table)) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('专员工作量')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '专员', '在办', '按期率', '办理时长(工作小时)', '截止时间']);
    expect(sheet.getCell('B2').value).toBe(12);
    expect(sheet.getCell('C2').value).toBe(0.9153);
    expect(sheet.getCell('C2').numFmt).toBe('0.0%');
    expect((sheet.getCell('E2').value as Date).toISOString()).toBe('2026-03-02T09:30:00.000Z');
    expect(sheet.getCell('A3').value).toBe(`'=HYPERLINK("http://x")`);
  });

  it('names files in Chinese with an ASCII fallback', async () => {
    const file = await exportFile(table, 'csv', '2026-10-28_2026-11-26');
    expect(file.fileName).toBe('专员工作量-2026-10-28_2026-11-26.csv');
    expect(contentDisposition(file)).toBe(
      `attachment; filename=dashboard-agents-2026-10-28_2026-11-26.csv; filename*=UTF-8''${encodeURIComponent('专员工作量-2026-10-28_2026-11-26.csv')}`,
    );
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('普通文本')).toBe('普通文本');
  });
});
