import type { MessageKey } from '../i18n/catalog';
import { english, type Message, type MessageArgs } from '../i18n/message';
import { LIFECYCLE_REASONS } from './reasons-lifecycle';
import { POOL_REASONS } from './reasons-pools';
import { RECEIVING_REASONS } from './reasons-receiving';
import { SHIPPING_REASONS } from './reasons-shipping';

/** Reasons any workflow may give: the scan itself could not be read, or could not be recorded (the database is unreachable). */
export const SCAN_REASONS = ['empty', 'too_long', 'control_character', 'bad_barcode', 'unknown_product', 'unknown_document', 'bad_quantity', 'storage_unavailable'] as const;

/** Serial rules shared by every workflow (length, pattern, characters, a product code scanned by mistake). */
export const SERIAL_REASONS = ['invalid_characters', 'bad_length', 'bad_pattern', 'looks_like_upc', 'looks_like_document'] as const;

/** Every reason code, snake_case and stable: the REST API, scan log and tests rely on them. */
export const REASON_CODES = [
  ...SCAN_REASONS,
  ...SERIAL_REASONS,
  ...RECEIVING_REASONS,
  ...SHIPPING_REASONS,
  ...LIFECYCLE_REASONS,
  ...POOL_REASONS,
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * The answer to one scan: accepted or rejected, a reason code (null when accepted) and a plain
 * sentence for the person at the station. The sentence travels as `message_key` and `params`
 * (shared/i18n) so the station shows it in its language and REST in the client's; `message` is
 * that sentence in English (REST: in the `Accept-Language` asked for). `line` is the document line
 * the scan touched.
 */
export interface Verdict<Line = unknown> {
  verdict: 'accepted' | 'rejected';
  reason: ReasonCode | null;
  message: string;
  message_key: MessageKey | null;
  params: MessageArgs;
  line: Line | null;
}

/** A sentence given as a message (translatable) or, for text that is not the station's (a device's own words), as is. */
export type VerdictText = Message | string;

function text(m: VerdictText): Pick<Verdict, 'message' | 'message_key' | 'params'> {
  return typeof m === 'string' ? { message: m, message_key: null, params: {} } : { message: english(m), message_key: m.key, params: m.params };
}

export function accepted<Line>(message: VerdictText, line: Line | null = null): Verdict<Line> {
  return { verdict: 'accepted', reason: null, ...text(message), line };
}

export function rejected<Line>(reason: ReasonCode, message: VerdictText, line: Line | null = null): Verdict<Line> {
  return { verdict: 'rejected', reason, ...text(message), line };
}
