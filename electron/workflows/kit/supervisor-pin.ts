import { findSupervisorByPin } from '../../users/users';
import type { Db } from '../../storage/schema';

export type SupervisorCheck =
  | { ok: true; supervisor: { id: number; name: string } }
  | { ok: false; reason: 'bad_pin' | 'pin_locked'; message: string };

export const MAX_STATION_PIN_FAILURES = 5;
export const STATION_PIN_LOCK_MS = 60_000;

/**
 * Supervisor approval by PIN alone (overrides, replacements): the PIN is checked against every
 * supervisor. Wrong PINs are counted per station; the fifth locks approvals for a minute, during
 * which even a right PIN is refused.
 */
export class SupervisorPins {
  #failures = 0;
  #lockedUntil = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** `db`: the caller's transaction, when the check is part of one (a scan). */
  async check(pin: string, db: Db = this.db): Promise<SupervisorCheck> {
    const now = this.now();
    if (now < this.#lockedUntil) {
      return { ok: false, reason: 'pin_locked', message: `Supervisor approval is locked after ${MAX_STATION_PIN_FAILURES} wrong PINs; try again at ${new Date(this.#lockedUntil).toLocaleTimeString()}.` };
    }
    const supervisor = await findSupervisorByPin(db, pin);
    if (supervisor) {
      this.#failures = 0;
      return { ok: true, supervisor: { id: supervisor.id, name: supervisor.name } };
    }
    this.#failures++;
    if (this.#failures >= MAX_STATION_PIN_FAILURES) {
      this.#failures = 0;
      this.#lockedUntil = now + STATION_PIN_LOCK_MS;
      return { ok: false, reason: 'pin_locked', message: `Wrong supervisor PIN. ${MAX_STATION_PIN_FAILURES} wrong PINs: approvals are locked for a minute.` };
    }
    const left = MAX_STATION_PIN_FAILURES - this.#failures;
    return { ok: false, reason: 'bad_pin', message: `Wrong supervisor PIN: ${left} attempt${left === 1 ? '' : 's'} left.` };
  }
}
