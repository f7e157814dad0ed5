import type { Messages } from '../types';

/** Namespace `errors-import`: every key starts with `errors-import.`. */
export const errorsImport = {
} as const satisfies Messages;
