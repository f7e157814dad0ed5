import type { OptionDefs } from '../options/define';

/** Station options of the receiving area (dotted keys, Settings tab). */
export const receivingOptionDefs = {} satisfies OptionDefs;
