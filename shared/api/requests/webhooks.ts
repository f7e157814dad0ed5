import { z } from 'zod';
import { FEED_EVENT_TYPES, type FeedEventType } from '../operation-events';
import { request } from '../define';

/** A webhook as listed (its secret is shown only when it is added). */
export interface WebhookView {
  id: number;
  url: string;
  types: FeedEventType[];
  enabled: boolean;
  created_at: string;
  /** Deliveries have failed since then (retried with backoff); disabled after 24 h. */
  failing_since: string | null;
  last_error: string | null;
  disabled_at: string | null;
}

/** http(s)://host[:port][/path]: no credentials, no spaces (shared/ has no URL class: a pattern). */
export const webhookUrlSchema = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[A-Za-z0-9.\-[\]:]+(\/[^\s]*)?$/, 'an http:// or https:// URL without credentials');

const id = z.number().int().positive();

/** Webhooks: receivers of the event feed (REST `/webhooks`, `scanbay webhooks`, Settings → API). */
export const webhooksRequests = {
  /** `sealed_secret`: the signing secret sealed with this station's key (REST and the CLI show it opened). */
  'webhooks.add': request<{ id: number; url: string; types: FeedEventType[]; sealed_secret: string }>()(
    z.object({ url: webhookUrlSchema, types: z.array(z.enum(FEED_EVENT_TYPES)).max(FEED_EVENT_TYPES.length).optional() }).strict(),
  ),
  'webhooks.list': request<{ webhooks: WebhookView[] }>()(z.object({}).strict()),
  'webhooks.remove': request<{ id: number; removed: true }>()(z.object({ id }).strict()),
  /** Turns a disabled webhook on again: its undelivered events are sent now, its failure record starts afresh. */
  'webhooks.enable': request<{ webhook: WebhookView }>()(z.object({ id }).strict()),
  /** Sends a signed delivery with no events now, and says how the receiver answered. */
  'webhooks.test': request<{ id: number; delivered: boolean; error: string | null }>()(z.object({ id }).strict()),
};
