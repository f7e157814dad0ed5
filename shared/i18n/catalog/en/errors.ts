import type { Messages } from '../types';

/** Namespace `errors`: every key starts with `errors.`. */
export const errors = {
} as const satisfies Messages;
