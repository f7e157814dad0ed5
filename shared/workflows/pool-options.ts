import type { OptionDefs } from '../options/define';

/** Station options of the pool area (dotted keys, Settings tab). */
export const poolOptionDefs = {} satisfies OptionDefs;
