import type { Messages } from '../types';

/** Namespace `errors-stock`: refusals (station errors) every key starts with `errors-stock.`. */
export const errorsStock = {
} as const satisfies Messages;
