import { PRIORITIES } from '@app/contracts';
import { defaultPriority, PROGRAMME_LIST, type ProgrammePriority } from './index';

describe('defaultPriority', () => {
  const shield = { platform: 'weibo', offendingAccounts: ['x'], startedOn: '2026-01-01' };

  it.each([
    [false, false, 'high'],
    [true, false, 'urgent'],
    [false, true, 'urgent'],
    [true, true, 'urgent'],
  ] as const)('shield: ongoing=%s, minorInvolved=%s → %s', (ongoing, minorInvolved, want) => {
    expect(defaultPriority('shield', { ...shield, ongoing, minorInvolved })).toBe(want);
  });

  it('shield: only a real `true` raises the priority', () => {
    expect(defaultPriority('shield', { ongoing: 'true', minorInvolved: 1 })).toBe('high');
    expect(defaultPriority('shield', null)).toBe('high');
    expect(defaultPriority('shield', undefined)).toBe('high');
    expect(defaultPriority('shield', [true])).toBe('high');
  });

  it.each([
    ['starlight', 'normal'],
    ['compliance', 'normal'],
    ['legislation', 'low'],
  ])('%s → %s, whatever the intake says', (programme, want) => {
    expect(defaultPriority(programme, {})).toBe(want);
    expect(defaultPriority(programme, { ongoing: true, minorInvolved: true })).toBe(want);
  });

  it('refuses an unknown programme', () => {
    expect(() => defaultPriority('lottery', {})).toThrow('未知的服务项目「lottery」');
  });

  it('uses the priorities of the cases domain', () => {
    const all: readonly string[] = PRIORITIES;
    for (const p of PROGRAMME_LIST) expect(all).toContain(p.defaultPriority);
    // compile-time: the two unions are the same
    const fromCases: ProgrammePriority[] = [...PRIORITIES];
    expect(fromCases).toEqual(['low', 'normal', 'high', 'urgent']);
  });
});
