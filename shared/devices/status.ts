/** Connection state of a device driver, pushed to the UI as `device.status`. */
export type DeviceStatus = 'disconnected' | 'connecting' | 'connected';

export type DeviceKind = 'scanner' | 'scale';
