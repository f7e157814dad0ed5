import type { ComponentType } from 'react';

/** A tab of the Serials screen, contributed by the area that owns it. */
export interface SerialsTab {
  id: string;
  label: string;
  component: ComponentType;
}
