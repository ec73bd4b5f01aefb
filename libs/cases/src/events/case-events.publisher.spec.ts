import { orderListeners } from './case-events.publisher';

const l = (listener: string, after: string[] = []) => ({ listener, after });
const names = (xs: { listener: string }[]) => xs.map((x) => x.listener);

describe('orderListeners', () => {
  it('keeps discovery order when nobody waits', () => {
    expect(names(orderListeners('case.filed', [l('a'), l('b'), l('c')]))).toEqual(['a', 'b', 'c']);
  });

  it('runs a listener after the ones it names, whatever order the modules were discovered in', () => {
    expect(names(orderListeners('case.filed', [l('receipts', ['sla-clocks']), l('shield-targets'), l('sla-clocks'), l('case-notifications')]))).toEqual([
      'shield-targets',
      'sla-clocks',
      'receipts',
      'case-notifications',
    ]);
  });

  it('ignores a named listener that is absent from the event', () => {
    expect(names(orderListeners('case.commented', [l('receipts', ['sla-clocks']), l('x')]))).toEqual(['receipts', 'x']);
  });

  it('refuses a cycle', () => {
    expect(() => orderListeners('case.filed', [l('a', ['b']), l('b', ['a'])])).toThrow(/wait for one another/);
  });
});
