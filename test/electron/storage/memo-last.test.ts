import { describe, expect, it } from 'vitest';
import { memoLast } from '../../../electron/storage/memo-last';

describe('memoLast', () => {
  it('computes once for a run of the same arguments and again when they change (by identity)', () => {
    let calls = 0;
    const build = memoLast((type: string, details: object) => ({ calls: ++calls, type, details }));
    const a = { via: 'api' };
    const first = build('commissioned', a);
    expect(build('commissioned', a)).toBe(first);
    expect(build('assigned', a)).not.toBe(first);
    expect(build('assigned', { via: 'api' }).calls).toBe(3); // equal but another object: computed again
    expect(build('commissioned', a).calls).toBe(4); // only the last call is remembered
  });
});
