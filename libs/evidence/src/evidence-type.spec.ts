import { detectEvidenceType, fileNameProblem, sanitizeFileName } from './evidence-type';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62)]);

describe('detectEvidenceType', () => {
  it.each([
    ['截图.png', PNG, 'image/png'],
    ['no-extension', PNG, 'image/png'],
    ['协议.pdf', PDF, 'application/pdf'],
    ['起诉状.docx', ZIP, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['说明.txt', Buffer.from('网络暴力的时间线\n第一条……', 'utf8'), 'text/plain; charset=utf-8'],
  ])('accepts %s as %s', (name, head, mime) => {
    expect(detectEvidenceType(head, name)).toEqual(expect.objectContaining({ mime }));
  });

  it.each([
    ['a file whose content lies about its type', 'photo.jpg', PNG],
    ['an executable', 'evidence.pdf', EXE],
    ['an executable with no extension', 'evidence', EXE],
    ['a plain zip (zip bombs are never unpacked)', 'bundle.zip', ZIP],
    ['a zip named like a picture', 'photo.png', ZIP],
    ['binary data called text', 'notes.txt', Buffer.from([0x00, 0x01, 0x02, 0xff])],
  ])('refuses %s', (_label, name, head) => {
    expect(detectEvidenceType(head, name)).toHaveProperty('refused');
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\win.ini', 'win.ini'],
    ['evil\u0000.png', 'evil_.png'],
    ['  ..hidden.pdf  ', 'hidden.pdf'],
    ['a<b>:c"d|e?f*.txt', 'a_b__c_d_e_f_.txt'],
    ['', 'file'],
    ['...', 'file'],
    ['证据截图（2026年3月）.png', '证据截图（2026年3月）.png'],
  ])('%j → %j', (raw, safe) => expect(sanitizeFileName(raw)).toBe(safe));

  it('bounds the length and keeps the extension', () => {
    const name = sanitizeFileName(`${'很长'.repeat(200)}.pdf`);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('fileNameProblem', () => {
  it.each(['../../etc/passwd', '..\\win.ini', 'a/b.png', 'evil\u0000.png', 'bell\u0007.txt', '..'])('refuses %j', (name) => {
    expect(fileNameProblem(name)).not.toBeNull();
  });
  it.each(['截图.png', 'report v2.pdf', '..hidden.pdf'])('accepts %j', (name) => expect(fileNameProblem(name)).toBeNull());
});
