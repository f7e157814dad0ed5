/**
 * Statuses of serials, documents and sessions as words (never `in_stock`). Every status sentence
 * of the UI lives here (issue 21 translates this module).
 */
const STATUS_WORDS: Record<string, string> = {
  available: 'available',
  assigned: 'assigned',
  in_stock: 'in stock',
  shipped: 'shipped',
  quarantined: 'quarantined',
  in_transit: 'in transit',
  deleted: 'deleted',
  open: 'open',
  partial: 'partly received',
  received: 'received',
  closed: 'closed',
  cancelled: 'cancelled',
  completed: 'completed',
  unpicked: 'unpicked',
  picked: 'picked',
  in_progress: 'in progress',
  restock: 'back in stock',
  quarantine: 'quarantined',
};

/** A status in words; an unknown one with its underscores turned into spaces. */
export function statusWord(status: string): string {
  return STATUS_WORDS[status] ?? status.replaceAll('_', ' ');
}

/** "1 row", "2 rows", "0 rows" (with the number grouped). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** The open Ship wizard's order was shipped by someone else (another station, REST): it takes no more scans for it. */
export function shippedElsewhere(order: string, via: 'station' | 'api'): string {
  return `${order} was shipped ${via === 'api' ? 'through the REST API' : 'at another station'}: it takes no more scans. Scan the next order.`;
}
