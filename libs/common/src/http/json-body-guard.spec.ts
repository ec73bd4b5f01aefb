import { hasPollutingKey, jsonDepth } from './json-body-guard';

describe('jsonDepth', () => {
  it.each<[unknown, number]>([
    [1, 0],
    [{}, 1],
    [{ a: { b: [1, { c: 2 }] } }, 4],
    [[[[[]]]], 4],
  ])('depth of %j is %d', (value, depth) => expect(jsonDepth(value)).toBe(depth));

  it('walks a 100 000-level value without overflowing the stack', () => {
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = { a: value };
    expect(jsonDepth(value)).toBe(100_000);
    expect(jsonDepth(value, 32)).toBe(33);
  });
});

describe('hasPollutingKey', () => {
  it.each<[string, boolean]>([
    ['{"a":1}', false],
    ['{"__proto__":{"x":1}}', true],
    ['{"a":[{"b":{"constructor":{"prototype":{}}}}]}', true],
    ['{"title":"__proto__"}', false],
  ])('%s → %s', (json, polluting) => expect(hasPollutingKey(JSON.parse(json))).toBe(polluting));
});
