import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiServerControl } from '../../../electron/backend/api-server-control';
import { tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeAll(async () => {
  t = await tempStation();
});
afterAll(() => t.dispose());

describe("the desktop app's REST server", () => {
  it('serves /api/v1 on loopback only while enabled', async () => {
    const control = new ApiServerControl(t.station);
    await control.apply(t.station.options.values());
    expect(control.origin).toBeNull();

    // Port 0 (a free port) is not a valid setting; the test passes it to apply() directly.
    await control.apply({ ...t.station.options.values(), 'api.enabled': true, 'api.port': 0 });
    const first = control.origin as string;
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${first}/api/v1/health`)).json()).toMatchObject({ success: true });
    // No UI and no WebSocket from the desktop app's API server.
    expect((await fetch(`${first}/`)).status).toBe(404);

    await control.apply({ ...t.station.options.values(), 'api.enabled': false });
    expect(control.origin).toBeNull();
    await expect(fetch(`${first}/api/v1/health`)).rejects.toThrow();
  });
});
