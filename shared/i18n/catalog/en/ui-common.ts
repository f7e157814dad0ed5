import type { Messages } from '../types';

/** Namespace `ui-common`: every key starts with `ui-common.`. */
export const uiCommon = {
} as const satisfies Messages;
