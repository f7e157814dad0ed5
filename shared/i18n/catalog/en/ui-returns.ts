import type { Messages } from '../types';

/** Namespace `ui-returns`: every key starts with `ui-returns.`. */
export const uiReturns = {
} as const satisfies Messages;
