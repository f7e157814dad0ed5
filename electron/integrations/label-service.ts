import { z } from 'zod';
import { shippingLabelSchema } from '../../shared/domain/documents';
import type { Station } from '../backend/station';
import type { OrderContext } from '../workflows/shipping/order-context';
import type { PlannedPackage } from '../workflows/shipping/ship-plan';
import { SIGNATURE_HEADER, signBody } from './signature';

/**
 * The label service (`shipping.labelService.url`): the station POSTs the order and its packages,
 * signed like webhooks, and gets one label per package. The station talks to no carrier itself;
 * the service bridges to one (README "Label service").
 */
export const labelReplySchema = z.object({ packages: z.array(shippingLabelSchema).min(1).max(100) });
export type LabelReply = z.output<typeof labelReplySchema>;

export function labelServiceUrl(station: Station): string | null {
  const url = station.options.get('shipping.labelService.url');
  return url === '' ? null : url;
}

/** The request body: the order (lines, ship-to) and each package's weight, dimensions and items with their serials. */
export function labelRequestBody(ctx: OrderContext, packages: PlannedPackage[]): unknown {
  return {
    order: {
      order_number: ctx.order.order_number,
      warehouse: ctx.order.warehouse,
      ship_to: ctx.order.ship_to === null ? null : (JSON.parse(ctx.order.ship_to) as unknown),
      lines: ctx.lines.map((l) => ({ sku: l.sku, qty: l.qty })),
    },
    packages: packages.map((p) => ({
      package_no: p.package_no,
      weight_grams: p.grams,
      dims_mm: p.dims,
      tracking_number: p.tracking,
      items: p.contents.items,
      serials: p.contents.serials,
    })),
  };
}

export type LabelOutcome = { ok: true; reply: LabelReply } | { ok: false; message: string };

/** Asks the label service; every failure (timeout, refused connection, HTTP error, bad JSON) is a sentence saying why. */
export async function requestLabels(station: Station, ctx: OrderContext, packages: PlannedPackage[]): Promise<LabelOutcome> {
  const url = labelServiceUrl(station);
  if (url === null) return { ok: false, message: 'No label service is set (shipping.labelService.url).' };
  const body = JSON.stringify(labelRequestBody(ctx, packages));
  const seconds = station.options.get('shipping.labelService.timeoutSeconds');
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(station.options.get('shipping.labelService.secret'), body) },
      body,
      signal: AbortSignal.timeout(seconds * 1000),
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError') return { ok: false, message: `The label service did not answer within ${seconds} s.` };
    return { ok: false, message: `The label service could not be reached (${e.cause?.code ?? e.message}).` };
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) return { ok: false, message: `The label service answered HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The label service answered something that is not JSON.' };
  }
  const parsed = labelReplySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `The label service's answer is not usable: ${issue ? `${issue.path.join('.') || 'body'} ${issue.message}` : 'bad shape'}.` };
  }
  return { ok: true, reply: parsed.data };
}
