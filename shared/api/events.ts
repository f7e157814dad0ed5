import type { DeviceState } from './requests/station';
import type { OptionKey, OptionValues } from '../options/registry';

/** Push events from the station backend to every UI client. */
export interface StationEvents {
  'options.changed': { keys: OptionKey[]; values: OptionValues };
  'device.status': DeviceState;
}

export type EventName = keyof StationEvents;

/** Every event name at run time; the compiler keeps this in step with StationEvents. */
export const EVENT_NAMES = Object.keys({
  'options.changed': true,
  'device.status': true,
} satisfies Record<EventName, true>) as EventName[];
