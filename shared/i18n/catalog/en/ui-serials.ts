import type { Messages } from '../types';

/** Namespace `ui-serials`: every key starts with `ui-serials.`. */
export const uiSerials = {
} as const satisfies Messages;
