import type { Messages } from '../types';

/** Namespace `errors-receiving`: refusals (station errors) every key starts with `errors-receiving.`. */
export const errorsReceiving = {
} as const satisfies Messages;
