import type { Messages } from '../types';

/** Namespace `ui-settings`: every key starts with `ui-settings.`. */
export const uiSettings = {
} as const satisfies Messages;
