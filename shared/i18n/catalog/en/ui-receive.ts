import type { Messages } from '../types';

/** Namespace `ui-receive`: every key starts with `ui-receive.`. */
export const uiReceive = {
} as const satisfies Messages;
