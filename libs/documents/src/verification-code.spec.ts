import fc from 'fast-check';
import { newVerificationCode, normaliseVerificationCode, VERIFICATION_CODE_PATTERN } from './verification-code';

describe('verification codes', () => {
  it('are 16 Crockford base32 characters in four groups', () => {
    for (let i = 0; i < 200; i++) expect(newVerificationCode()).toMatch(VERIFICATION_CODE_PATTERN);
  });

  it('do not repeat (80 random bits)', () => {
    const codes = new Set(Array.from({ length: 5000 }, newVerificationCode));
    expect(codes.size).toBe(5000);
  });

  it('are read back however they were typed', () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const code = newVerificationCode();
        expect(normaliseVerificationCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
        expect(normaliseVerificationCode(code.replace(/-/g, ''))).toBe(code);
      }),
      { numRuns: 100 },
    );
    expect(normaliseVerificationCode('7kq2 m9xd 4hrt pw3c')).toBe('7KQ2-M9XD-4HRT-PW3C');
    expect(normaliseVerificationCode('OOOO-IIII-LLLL-0000')).toBe('0000-1111-1111-0000');
  });

  it.each(['', 'ABC', '7KQ2-M9XD-4HRT-PW3', '7KQ2-M9XD-4HRT-PW3CX', 'UUUU-UUUU-UUUU-UUUU', "'; DROP TABLE--xxxx"])('refuses %p', (input) => {
    expect(normaliseVerificationCode(input)).toBeNull();
  });
});
