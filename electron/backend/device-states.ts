import type { DeviceState } from '../../shared/api/requests/station';
import type { DeviceKind, DeviceStatus } from '../../shared/devices/status';
import type { OptionValues } from '../../shared/options/registry';

/**
 * What the status bar shows for each device. Drivers report their status here; the keyboard
 * wedge lives in the renderer and is always "connected" from the backend's point of view.
 */
export class DeviceStates {
  readonly #states = new Map<DeviceKind, DeviceState>();

  constructor(
    values: OptionValues,
    private readonly onChange: (state: DeviceState) => void,
  ) {
    this.configure(values);
  }

  configure(_values: OptionValues): void {
    this.#set({ kind: 'scanner', driver: 'wedge', status: 'connected', detail: 'keyboard wedge' });
    this.#set({ kind: 'scale', driver: 'none', status: 'disconnected', detail: 'no scale configured' });
  }

  report(kind: DeviceKind, status: DeviceStatus, detail: string | null): void {
    const current = this.#states.get(kind);
    if (!current) return;
    this.#set({ ...current, status, detail });
  }

  list(): DeviceState[] {
    return [...this.#states.values()];
  }

  #set(state: DeviceState): void {
    const prev = this.#states.get(state.kind);
    this.#states.set(state.kind, state);
    if (!prev || JSON.stringify(prev) !== JSON.stringify(state)) this.onChange(state);
  }
}
