import type { Station } from '../../backend/station';

/** Who and where, for ledger events, scan log entries and audit entries. */
export interface WorkflowActor {
  userId: number | null;
  userName: string | null;
  station: string;
  /** `ui` (a person at the station) or `rest:<api key name>`. */
  via: string;
}

/** The signed-in user at this station, or the REST caller (then no user). */
export function actorOf(station: Station, restKeyName?: string): WorkflowActor {
  const user = restKeyName === undefined ? station.session.user : null;
  return {
    userId: user?.id ?? null,
    userName: user?.name ?? null,
    station: station.options.get('general.stationName'),
    via: restKeyName === undefined ? 'ui' : `rest:${restKeyName}`,
  };
}
