import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { currentOperation, feedUnit, hintFeed, inOperation, inOperationScope, unitsNamedIn, type OperationScope } from '../../../electron/operations/operation-scope';

const op = (name: string): OperationScope => ({ name: name as OperationScope['name'], ctx: { origin: 'rest' } as OperationScope['ctx'] });
const nameNow = () => currentOperation()?.name;

describe('operation scope', () => {
  it('follows the operation through awaits, nested async calls, Promise.all and timers awaited as promises', async () => {
    const seen: (string | undefined)[] = [];
    const inner = async () => {
      seen.push(nameNow());
      await nextTurn();
      seen.push(nameNow());
      return nameNow();
    };
    const result = await inOperation(op('receiving.scan'), async () => {
      seen.push(nameNow());
      await sleep(2);
      seen.push(nameNow());
      const all = await Promise.all([inner(), inner(), Promise.resolve(1).then(() => nameNow())]);
      await new Promise<void>((resolve) => setTimeout(resolve, 1));
      seen.push(nameNow());
      return all;
    });
    expect(result).toEqual(['receiving.scan', 'receiving.scan', 'receiving.scan']);
    expect(seen.every((n) => n === 'receiving.scan')).toBe(true);
    expect(seen).toHaveLength(7);
  });

  it('is not current outside the operation: before it, after it, and in work that did not start in it', async () => {
    expect(inOperationScope()).toBe(false);
    const outside = (async () => {
      await sleep(5);
      return nameNow();
    })();
    const done = inOperation(op('shipping.scan'), async () => {
      await sleep(1);
      return nameNow();
    });
    expect(inOperationScope()).toBe(false);
    expect(await done).toBe('shipping.scan');
    expect(await outside).toBeUndefined();
    expect(nameNow()).toBeUndefined();
    // A callback a timer calls is not carried (the module's documented reach): only promises are.
    const fromTimer = await inOperation(op('shipping.scan'), () => new Promise<string | undefined>((resolve) => setTimeout(() => resolve(nameNow()), 1)));
    expect(fromTimer).toBeUndefined();
  });

  it('leaves nothing current for a callback that runs right after one of its resumptions', async () => {
    // The operation resumes from its timer, then the next timer's callback runs (no other promise
    // work between them): that callback belongs to no operation.
    const running = inOperation(op('receiving.scan'), async () => {
      await sleep(1);
      return nameNow();
    });
    const inCallback = await new Promise<string | undefined>((resolve) => setTimeout(() => resolve(nameNow()), 1));
    expect(await running).toBe('receiving.scan');
    expect(inCallback).toBeUndefined();
  });

  it('keeps concurrent operations apart while their awaits interleave', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `op-${i}`);
    const wrong: string[] = [];
    await Promise.all(
      names.map((name, i) =>
        inOperation(op(name), async () => {
          for (let step = 0; step < 10; step++) {
            if ((i + step) % 3 === 0) await nextTurn();
            else if ((i + step) % 3 === 1) await sleep(0);
            else await Promise.resolve();
            if (nameNow() !== name) wrong.push(`${name} saw ${String(nameNow())} at step ${step}`);
          }
        }),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('a promise made outside and awaited inside resumes in the operation', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const running = inOperation(op('pools.commission'), async () => {
      await gate;
      return nameNow();
    });
    setTimeout(release, 1);
    expect(await running).toBe('pools.commission');
  });

  it('nests: the inner operation is current inside it and the outer one again after it, also when it throws', async () => {
    const seen = await inOperation(op('outer'), async () => {
      const inner = await inOperation(op('inner'), async () => {
        await nextTurn();
        return nameNow();
      });
      const afterInner = nameNow();
      await expect(
        inOperation(op('failing'), async () => {
          await nextTurn();
          throw new Error('no');
        }),
      ).rejects.toThrow('no');
      const afterRejected = nameNow();
      // A body that throws before its first await throws where it is called (as it always did).
      expect(() =>
        inOperation(op('failing'), () => {
          throw new Error('at once');
        }),
      ).toThrow('at once');
      return [inner, afterInner, afterRejected, nameNow()];
    });
    expect(seen).toEqual(['inner', 'outer', 'outer', 'outer']);
    expect(nameNow()).toBeUndefined();
  });

  it('hints and units reach the running operation only', async () => {
    const trx = {};
    feedUnit(trx, { sku: 'A', qty: 1 });
    expect(unitsNamedIn(trx)).toEqual([]);
    const scope = op('transfers.adjust');
    await inOperation(scope, async () => {
      await nextTurn();
      hintFeed({ sku: 'B', qty: 2 });
      feedUnit(trx, { sku: 'C', qty: 1, serial: 'SN1' });
    });
    expect(scope.hint).toEqual({ sku: 'B', qty: 2 });
    expect(unitsNamedIn(trx)).toEqual([{ sku: 'C', qty: 1, serial: 'SN1' }]);
  });
});
