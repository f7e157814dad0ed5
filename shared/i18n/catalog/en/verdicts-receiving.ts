import type { Messages } from '../types';

/** Namespace `verdicts-receiving`: every key starts with `verdicts-receiving.`. */
export const verdictsReceiving = {
} as const satisfies Messages;
