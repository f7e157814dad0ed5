import type { Messages } from '../types';

/**
 * Namespace `errors-receiving`: refusals (station errors) every key starts with `errors-receiving.`.
 * Receiving (electron/workflows/receiving): the PO and its serials, the weigh step, receipt labels.
 * `{po}`, `{serial}`, `{sku}`, `{session}` are identifiers (strings); `{weight}` and `{count}` are
 * numbers; `{unit}` is a scale unit (g, kg, lb, …, never translated); `{status}` a scale status
 * (`stable`, `motion`, `zero`, `under`, `over`, `error`); `{detail}` a sentence of its own.
 */
export const errorsReceiving = {
  // The PO and its serials (receiving-workflow.ts, receiving-admin.ts, later-serials.ts).
  'errors-receiving.poNotFound': 'No purchase order {po}.',
  'errors-receiving.noOpenSession': 'No open receiving session on {po} at this station.',
  'errors-receiving.serialNotReceived': 'Serial {serial} was not received on this PO.',
  'errors-receiving.serialNoLine': 'Serial {serial} has no line on {po}.',
  'errors-receiving.noSerialLine': '{po} has no line of {sku} that takes serials.',

  // The weigh step (receiving-workflow.ts measure).
  'errors-receiving.measure.nothingToWeigh': 'Nothing is waiting to be weighed.',
  'errors-receiving.measure.noReading': '{detail} Type the weight instead, or weigh again.',
  'errors-receiving.measure.unstable': 'The scale reads {weight} {unit} ({status}): wait for a stable weight above zero.',
  'errors-receiving.measure.weightRequired': 'Give a weight above zero (grams).',
  'errors-receiving.measure.dimensionsRequired': 'Give the length, width and height (mm), each above zero.',

  // Receipt labels (receipt-labels.ts).
  'errors-receiving.labels.poNotFound': 'No PO {po}.',
  'errors-receiving.labels.nothingReceived': 'Nothing is received on {po} yet: no labels to print.',
  'errors-receiving.labels.nothingReceivedInSession': 'Nothing is received on {po} in session {session} yet: no labels to print.',
  'errors-receiving.labels.tooMany': '{count} labels: print at most 2000 at once (one receiving session at a time).',
  'errors-receiving.labels.noPrinter': 'No label printer is set (Settings → Serials → label printer address).',
} as const satisfies Messages;
