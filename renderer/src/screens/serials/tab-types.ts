import type { ComponentType } from 'react';
import type { MessageKey } from '../../../../shared/i18n/catalog';

/** A tab of the Serials screen, contributed by the area that owns it. */
export interface SerialsTab {
  id: string;
  /** The tab's name, from the catalog. */
  labelKey: MessageKey;
  component: ComponentType;
}
