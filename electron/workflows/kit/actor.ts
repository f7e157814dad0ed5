import type { Station } from '../../backend/station';

/** Who and where, for ledger events, scan log entries and audit entries. */
export interface WorkflowActor {
  userId: number | null;
  userName: string | null;
  station: string;
  /** `ui` (a person at the station) or `api:<api key name>` (a REST caller). */
  via: string;
}

/** What receipts and shipments record as done by an API key: `api:<key name>` (null for the UI). */
export function apiActor(actor: WorkflowActor): string | null {
  return actor.via === 'ui' ? null : actor.via;
}

/** The signed-in user at this station, or the REST caller (then no user: the API key is recorded). */
export function actorOf(station: Station, restKeyName?: string): WorkflowActor {
  const user = restKeyName === undefined ? station.session.user : null;
  return {
    userId: user?.id ?? null,
    userName: user?.name ?? null,
    station: station.options.get('general.stationName'),
    via: restKeyName === undefined ? 'ui' : `api:${restKeyName}`,
  };
}
