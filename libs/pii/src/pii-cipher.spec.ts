import { isValidIdCard, maskIdCard, maskPhone, PiiCipher } from './pii-cipher';

const cipher = new PiiCipher('11'.repeat(32), '22'.repeat(32));

describe('PiiCipher', () => {
  it('round-trips a value and never stores it in clear', () => {
    const stored = cipher.encrypt('13812345678');
    expect(stored).not.toContain('13812345678');
    expect(cipher.decrypt(stored)).toBe('13812345678');
  });

  it('uses a fresh IV, so equal values encrypt differently', () => {
    expect(cipher.encrypt('13812345678')).not.toBe(cipher.encrypt('13812345678'));
  });

  it('refuses a tampered ciphertext', () => {
    const parts = cipher.encrypt('13812345678').split(':');
    parts[3] = Buffer.from('00000000000', 'utf8').toString('base64');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
  });

  it('gives a stable search key that depends on the key', () => {
    expect(cipher.searchKey('13812345678')).toBe(cipher.searchKey(' 13812345678 '));
    expect(new PiiCipher('11'.repeat(32), '33'.repeat(32)).searchKey('13812345678')).not.toBe(
      cipher.searchKey('13812345678'),
    );
  });
});

describe('masks', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['12345', '*****'],
  ])('maskPhone(%s) = %s', (input, masked) => expect(maskPhone(input)).toBe(masked));

  it('masks an identity card number as DESIGN.md shows', () => {
    expect(maskIdCard('310101199001011234')).toBe('310***********1234');
  });

  it.each([
    ['11010519491231002X', true],
    ['110105194912310021', false],
    ['31010119900101123', false],
  ])('isValidIdCard(%s) = %s', (id, ok) => expect(isValidIdCard(id)).toBe(ok));
});
