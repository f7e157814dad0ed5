import { msg, type Message } from '../../../shared/i18n/message';
import { findSupervisorByPin } from '../../users/users';
import { approvalLockout, clearApprovalFailures, recordApprovalFailure } from '../../storage/repos/approval-lockouts';
import type { Db } from '../../storage/schema';
import type { WorkflowActor } from './actor';

export type SupervisorCheck =
  | { ok: true; supervisor: { id: number; name: string } }
  /** `message`: for `rejected(reason, message)`; `english(message)` where English text is needed. */
  | { ok: false; reason: 'bad_pin' | 'pin_locked'; message: Message };

export const MAX_STATION_PIN_FAILURES = 5;
export const STATION_PIN_LOCK_MS = 60_000;

/** Who asks for an approval: wrong PINs are counted against them. */
export interface Requester {
  /** `user:<id>`, `api:<key name>` or `station:<name>`. */
  subject: string;
  userId: number | null;
}

/** The signed-in user, else the REST key, else the station itself. */
export function requesterOf(actor: WorkflowActor): Requester {
  if (actor.userId !== null) return { subject: `user:${actor.userId}`, userId: actor.userId };
  // An ERP's key (`api:<key>`, see actorOf) is its own requester: its wrong PINs lock only it.
  if (actor.via.startsWith('api:')) return { subject: actor.via, userId: null };
  return { subject: `station:${actor.station}`, userId: null };
}

/**
 * Supervisor approval by PIN alone (overrides, replacements): the PIN is checked against every
 * supervisor. Wrong PINs are counted per requester in the database (a restart keeps them, and
 * every process sharing the data sees them); the fifth locks that requester's approvals for a
 * minute, during which even a right PIN is refused.
 */
export class SupervisorPins {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** `db`: the caller's transaction, when the check is part of one (a scan). */
  async check(pin: string, requester: Requester, db: Db = this.db): Promise<SupervisorCheck> {
    const now = new Date(this.now());
    const state = await approvalLockout(db, requester.subject, now);
    if (state.locked) return locked(state.until);
    const supervisor = await findSupervisorByPin(db, pin);
    if (supervisor) {
      if (state.failures > 0) await clearApprovalFailures(db, requester.subject);
      return { ok: true, supervisor: { id: supervisor.id, name: supervisor.name } };
    }
    const after = await recordApprovalFailure(db, requester.subject, requester.userId, now, { maxFailures: MAX_STATION_PIN_FAILURES, lockMs: STATION_PIN_LOCK_MS });
    if (after.locked) {
      return { ok: false, reason: 'pin_locked', message: msg('verdicts-common.pin.nowLocked', { max: MAX_STATION_PIN_FAILURES }) };
    }
    const left = MAX_STATION_PIN_FAILURES - after.failures;
    return { ok: false, reason: 'bad_pin', message: msg('verdicts-common.pin.wrong', { left }) };
  }
}

function locked(until: string): SupervisorCheck {
  // The time as a timestamp: each language shows it its own way (`{until, time}`).
  return { ok: false, reason: 'pin_locked', message: msg('verdicts-common.pin.locked', { max: MAX_STATION_PIN_FAILURES, until: new Date(until).getTime() }) };
}
