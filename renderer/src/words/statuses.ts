import type { MessageKey } from '../../../shared/i18n/catalog';
import { translator, type Translate } from '../../../shared/i18n/format';

/**
 * Statuses of serials, documents and sessions as words (never `in_stock`). Every status sentence
 * of the UI lives here, as `ui-common.status.*` messages; a caller passes its `t` (English without).
 */
const EN = translator('en');

const STATUS_WORDS: Readonly<Record<string, MessageKey>> = {
  available: 'ui-common.status.available',
  assigned: 'ui-common.status.assigned',
  in_stock: 'ui-common.status.inStock',
  shipped: 'ui-common.status.shipped',
  quarantined: 'ui-common.status.quarantined',
  in_transit: 'ui-common.status.inTransit',
  deleted: 'ui-common.status.deleted',
  open: 'ui-common.status.open',
  partial: 'ui-common.status.partial',
  received: 'ui-common.status.received',
  closed: 'ui-common.status.closed',
  cancelled: 'ui-common.status.cancelled',
  completed: 'ui-common.status.completed',
  unpicked: 'ui-common.status.unpicked',
  picked: 'ui-common.status.picked',
  in_progress: 'ui-common.status.inProgress',
  restock: 'ui-common.status.restock',
  quarantine: 'ui-common.status.quarantined',
};

/** A status in words; an unknown one with its underscores turned into spaces. */
export function statusWord(status: string, t: Translate = EN): string {
  const key = Object.hasOwn(STATUS_WORDS, status) ? STATUS_WORDS[status] : undefined;
  return key ? t(key) : status.replaceAll('_', ' ');
}

/**
 * "1 row", "2 rows", "0 rows" (with the number grouped). English only: the UI counts with the
 * `ui-common.count.*` messages (`t('ui-common.count.rows', { count })`).
 */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** The open Ship wizard's order was shipped by someone else (another station, REST): it takes no more scans for it. */
export function shippedElsewhere(order: string, via: 'station' | 'api', t: Translate = EN): string {
  return t('ui-common.shippedElsewhere', { order, via });
}
