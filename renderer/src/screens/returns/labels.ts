import type { MessageKey } from '../../../../shared/i18n/catalog';
import type { RETURN_REASONS, ReturnCondition } from '../../../../shared/workflows/lifecycle';

/** The words for each return condition (the choice before a unit is scanned). */
export const CONDITION_KEYS: Record<ReturnCondition, MessageKey> = {
  new: 'ui-returns.condition.new',
  opened: 'ui-returns.condition.opened',
  used: 'ui-returns.condition.used',
  damaged: 'ui-returns.condition.damaged',
  defective: 'ui-returns.condition.defective',
};

/** The words for each reason of a return (RMA level). */
export const REASON_KEYS: Record<(typeof RETURN_REASONS)[number], MessageKey> = {
  defective: 'ui-returns.reason.defective',
  damaged_in_transit: 'ui-returns.reason.damagedInTransit',
  wrong_item: 'ui-returns.reason.wrongItem',
  not_as_described: 'ui-returns.reason.notAsDescribed',
  no_longer_needed: 'ui-returns.reason.noLongerNeeded',
  other: 'ui-returns.reason.other',
};
