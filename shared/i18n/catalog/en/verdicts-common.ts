import type { Messages } from '../types';

/** Namespace `verdicts-common`: every key starts with `verdicts-common.`. */
export const verdictsCommon = {
} as const satisfies Messages;
