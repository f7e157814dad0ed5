import { addLaterSerial } from '../../workflows/receiving/later-serials';
import { printReceiptLabels } from '../../workflows/receiving/receipt-labels';
import { actorOf } from '../../workflows/kit/actor';
import { workflowOf } from '../../workflows/kit/workflow-registry';
import { closeSession, deletePoSerial, editPoSerial, findPo, poSerials, poSessions } from '../../workflows/receiving/receiving-admin';
import { ReceivingWorkflow } from '../../workflows/receiving/receiving-workflow';
import type { Handlers, RequestContext } from '../dispatcher';
import type { Station } from '../station';

type ReceivingHandlers = Pick<Handlers, `receiving.${string}` & keyof Handlers>;

export const receivingWorkflow = (station: Station): ReceivingWorkflow => workflowOf(station, 'receiving', () => new ReceivingWorkflow(station));

/** Handlers of the receiving requests (shared/api/requests/receiving.ts). */
export function receivingHandlers(station: Station): ReceivingHandlers {
  const wf = () => receivingWorkflow(station);
  const actor = (ctx: RequestContext) => actorOf(station, ctx.apiKeyName);
  return {
    'receiving.find': ({ query }) => findPo(wf(), query),
    'receiving.open': ({ po_number }, ctx) => wf().open(po_number, actor(ctx)),
    'receiving.scan': ({ po_number, ...input }, ctx) => wf().scan(po_number, input, actor(ctx)),
    'receiving.scanVerdict': ({ po_number, ...input }, ctx) => wf().scanVerdict(po_number, input, actor(ctx)),
    'receiving.measure': ({ po_number, ...m }, ctx) => wf().measure(po_number, m, actor(ctx)),
    'receiving.cancelPending': ({ po_number }, ctx) => wf().cancelPending(po_number, actor(ctx)),
    'receiving.close': ({ po_number }, ctx) => closeSession(wf(), po_number, actor(ctx)),
    'receiving.sessions': async ({ po_number }) => ({ sessions: await poSessions(wf(), po_number) }),
    'receiving.serials': ({ po_number, session_id, filter, sort, desc, offset, limit }) =>
      poSerials(wf(), po_number, { offset, limit, ...(session_id === undefined ? {} : { sessionId: session_id }), ...(filter ? { filter } : {}), ...(sort ? { sort } : {}), ...(desc === undefined ? {} : { desc }) }),
    'receiving.deleteSerial': ({ po_number, serial, reason }, ctx) => deletePoSerial(wf(), po_number, serial, reason, actor(ctx)),
    'receiving.editSerial': ({ po_number, serial, new_value }, ctx) => editPoSerial(wf(), po_number, serial, new_value, actor(ctx)),
    'receiving.addSerial': ({ po_number, sku, code }, ctx) => addLaterSerial(wf(), po_number, sku, code, actor(ctx)),
    'receiving.printLabels': (input) => printReceiptLabels(station, input),
  };
}
