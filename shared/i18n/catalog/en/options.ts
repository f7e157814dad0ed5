import type { Messages } from '../types';

/** Namespace `options`: every key starts with `options.`. */
export const options = {
} as const satisfies Messages;
