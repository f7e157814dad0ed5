import type { Messages } from '../types';

/** Namespace `documents`: every key starts with `documents.`. */
export const documents = {
} as const satisfies Messages;
