import type { Messages } from '../types';

/** Namespace `verdicts-shipping`: every key starts with `verdicts-shipping.`. */
export const verdictsShipping = {
} as const satisfies Messages;
