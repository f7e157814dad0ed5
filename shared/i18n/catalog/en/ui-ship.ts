import type { Messages } from '../types';

/** Namespace `ui-ship`: every key starts with `ui-ship.`. */
export const uiShip = {
} as const satisfies Messages;
