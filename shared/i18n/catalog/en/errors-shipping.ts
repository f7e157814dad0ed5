import type { Messages } from '../types';

/** Namespace `errors-shipping`: refusals (station errors) every key starts with `errors-shipping.`. */
export const errorsShipping = {
} as const satisfies Messages;
