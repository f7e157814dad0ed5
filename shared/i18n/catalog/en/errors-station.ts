import type { Messages } from '../types';

/** Namespace `errors-station`: refusals (station errors) every key starts with `errors-station.`. */
export const errorsStation = {
} as const satisfies Messages;
