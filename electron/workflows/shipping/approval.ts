import { msg, type Message } from '../../../shared/i18n/message';
import type { VerdictText } from '../../../shared/workflows/verdict';
import type { Station } from '../../backend/station';
import type { WorkflowActor } from '../kit/actor';
import { requesterOf } from '../kit/supervisor-pin';
import type { Db } from '../../storage/schema';
import type { OverrideInput } from './scan-types';

export type ApprovalCheck =
  | { ok: true; approver: { id: number; name: string } | null; reason: string }
  | { ok: false; reason: 'pin_required' | 'bad_pin' | 'pin_locked'; message: VerdictText };

/** What an approval is asked for: a replacement on an order, a serial taken against the rules, a package weight. */
export type ApprovalSubject =
  | { kind: 'replacement'; sku: string; replaces: string; order: string }
  | { kind: 'serial'; serial: string }
  | { kind: 'weight'; grams: number; order: string };

type Need = 'pinAndReason' | 'reason' | 'pin';

function needed(s: ApprovalSubject, need: Need): Message {
  switch (s.kind) {
    case 'replacement':
      return msg('verdicts-shipping.approval.replacement', { sku: s.sku, replaces: s.replaces, order: s.order, need });
    case 'serial':
      return msg('verdicts-shipping.approval.serial', { serial: s.serial, need });
    case 'weight':
      return msg('verdicts-shipping.approval.weight', { grams: s.grams, order: s.order, need });
  }
}

/**
 * An override or replacement approval: with `pinRequired` a supervisor's PIN (wrong PINs count
 * towards the requester's lock); without, the packer's own reason is enough.
 */
export async function approve(station: Station, actor: WorkflowActor, override: OverrideInput | undefined, pinRequired: boolean, what: ApprovalSubject, db?: Db): Promise<ApprovalCheck> {
  if (!override) {
    return { ok: false, reason: 'pin_required', message: needed(what, pinRequired ? 'pinAndReason' : 'reason') };
  }
  if (!pinRequired) return { ok: true, approver: null, reason: override.reason };
  if (!override.pin) return { ok: false, reason: 'pin_required', message: needed(what, 'pin') };
  const check = await station.approvals.check(override.pin, requesterOf(actor), db);
  if (!check.ok) return { ok: false, reason: check.reason, message: check.message };
  return { ok: true, approver: check.supervisor, reason: override.reason };
}
