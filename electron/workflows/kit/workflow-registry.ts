import type { Station } from '../../backend/station';

const registry = new WeakMap<Station, Map<string, unknown>>();

/**
 * One workflow instance per station and area, shared by the station API handlers and the REST
 * routes (so a REST scan and a wizard scan see the same pending step).
 */
export function workflowOf<T>(station: Station, area: string, create: () => T): T {
  let byArea = registry.get(station);
  if (!byArea) registry.set(station, (byArea = new Map()));
  if (!byArea.has(area)) byArea.set(area, create());
  return byArea.get(area) as T;
}
