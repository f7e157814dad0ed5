export type ScreenId = 'receive' | 'ship' | 'returns' | 'serials' | 'settings';

export const SCREENS: { id: ScreenId; label: string; shortcut: string }[] = [
  { id: 'receive', label: 'Receive', shortcut: 'Alt+1' },
  { id: 'ship', label: 'Ship', shortcut: 'Alt+2' },
  { id: 'returns', label: 'Returns', shortcut: 'Alt+3' },
  { id: 'serials', label: 'Serials', shortcut: 'Alt+4' },
  { id: 'settings', label: 'Settings', shortcut: 'Alt+5' },
];
