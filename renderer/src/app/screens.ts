import type { MessageKey } from '../../../shared/i18n/catalog';

export type ScreenId = 'receive' | 'ship' | 'returns' | 'serials' | 'settings';

/** The screens in navigation order; `label` is the message key of the screen's name. */
export const SCREENS: { id: ScreenId; label: MessageKey; shortcut: string }[] = [
  { id: 'receive', label: 'ui-common.screen.receive', shortcut: 'Alt+1' },
  { id: 'ship', label: 'ui-common.screen.ship', shortcut: 'Alt+2' },
  { id: 'returns', label: 'ui-common.screen.returns', shortcut: 'Alt+3' },
  { id: 'serials', label: 'ui-common.screen.serials', shortcut: 'Alt+4' },
  { id: 'settings', label: 'ui-common.screen.settings', shortcut: 'Alt+5' },
];
