import type { Approval, ShippingLine, WrongItem } from '../../../shared/workflows/shipping';
import type { Verdict } from '../../../shared/workflows/verdict';
import type { Station } from '../../backend/station';
import type { Db } from '../../storage/schema';
import type { WorkflowActor } from '../kit/actor';
import type { OrderContext } from './order-context';
import type { PendingStore } from './pending';
import type { Row } from './rows';

/** A supervisor's approval sent with a scan (or the packer's own reason when no PIN is needed). */
export interface OverrideInput {
  pin?: string | undefined;
  reason: string;
}

/** What one scan answers, before the fresh state is attached. */
export interface Outcome {
  verdict: Verdict<ShippingLine>;
  wrong_item?: WrongItem | null;
  approval?: Approval | null;
}

/** Everything a scan step works with: the station, the order as loaded for this scan, who scans. */
export interface ScanCtx {
  station: Station;
  /** The scan's write transaction (holding the order's lock): every read and write of the scan. */
  db: Db;
  pending: PendingStore;
  ctx: OrderContext;
  rows: Row[];
  actor: WorkflowActor;
  override: OverrideInput | undefined;
}
