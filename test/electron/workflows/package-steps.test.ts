import { describe, expect, it } from 'vitest';
import { PackageSteps } from '../../../electron/workflows/shipping/package-steps';
import type { Db } from '../../../electron/storage/schema';

// Outside a transaction: the step is the bench's at once (no database is read by these calls).
const db = { isTransaction: false } as unknown as Db;

describe('PackageSteps.setPartial', () => {
  it('returns an undo that puts back the choice and the package step it ended', () => {
    const steps = new PackageSteps();
    const started = steps.weighing(db, 7, new Date('2026-12-05T10:00:00Z')).started_at;
    const undo = steps.setPartial(7, true);
    expect(steps.partial(7)).toBe(true);
    expect(steps.weighing(db, 7, new Date('2026-12-05T10:05:00Z')).started_at).toBe('2026-12-05T10:05:00.000Z');
    undo();
    expect(steps.partial(7)).toBe(false);
    expect(steps.weighing(db, 7).started_at).toBe(started);
  });
});
