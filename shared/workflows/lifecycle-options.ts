import type { OptionDefs } from '../options/define';

/** Station options of the lifecycle area (dotted keys, Settings tab). */
export const lifecycleOptionDefs = {} satisfies OptionDefs;
