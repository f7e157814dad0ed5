import type { OptionDefs } from '../options/define';

/** Station options of the shipping area (dotted keys, Settings tab). */
export const shippingOptionDefs = {} satisfies OptionDefs;
