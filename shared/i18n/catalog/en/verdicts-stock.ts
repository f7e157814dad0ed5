import type { Messages } from '../types';

/** Namespace `verdicts-stock`: every key starts with `verdicts-stock.`. */
export const verdictsStock = {
} as const satisfies Messages;
