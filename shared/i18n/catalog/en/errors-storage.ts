import type { Messages } from '../types';

/** Namespace `errors-storage`: every key starts with `errors-storage.`. */
export const errorsStorage = {
} as const satisfies Messages;
