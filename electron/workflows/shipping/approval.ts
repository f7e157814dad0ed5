import type { Station } from '../../backend/station';
import type { WorkflowActor } from '../kit/actor';
import { requesterOf } from '../kit/supervisor-pin';
import type { Db } from '../../storage/schema';
import type { OverrideInput } from './scan-types';

export type ApprovalCheck =
  | { ok: true; approver: { id: number; name: string } | null; reason: string }
  | { ok: false; reason: 'pin_required' | 'bad_pin' | 'pin_locked'; message: string };

/**
 * An override or replacement approval: with `pinRequired` a supervisor's PIN (wrong PINs count
 * towards the requester's lock); without, the packer's own reason is enough.
 */
export async function approve(station: Station, actor: WorkflowActor, override: OverrideInput | undefined, pinRequired: boolean, what: string, db?: Db): Promise<ApprovalCheck> {
  if (!override) {
    return { ok: false, reason: 'pin_required', message: pinRequired ? `${what}: a supervisor PIN and a reason are needed.` : `${what}: give a reason.` };
  }
  if (!pinRequired) return { ok: true, approver: null, reason: override.reason };
  if (!override.pin) return { ok: false, reason: 'pin_required', message: `${what}: a supervisor PIN is needed.` };
  const check = await station.approvals.check(override.pin, requesterOf(actor), db);
  if (!check.ok) return { ok: false, reason: check.reason, message: check.message };
  return { ok: true, approver: check.supervisor, reason: override.reason };
}
