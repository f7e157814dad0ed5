// The project's performance targets (issue 22), in one place: a bench judges against these and
// reports a miss as a miss.

/** A scan verdict (validate + durable commit), in-process, at a ledger of 10 k and of 1 M serials. */
export const SCAN_VERDICT_P99_MS = 2;
/** p99 of the largest ledger over p99 at 10 k serials (sizes alternated in one run). */
export const LEDGER_SIZE_P99_RATIO = 1.5;
/** One scan through REST (`scanbay serve` in its own process, client in another), judged. */
export const REST_SCAN_P99_MS = 15;
/** A PO of 10,000 serials received one REST request per serial. */
export const REST_PO_10000_SECONDS = 10;
/** Four clients on four POs at once, against one client on one PO. */
export const FOUR_PO_THROUGHPUT_GAIN = 1.8;
