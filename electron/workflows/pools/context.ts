import { randomBytes } from 'node:crypto';
import { POOL_ALPHABETS, type RandomBytes } from '../../../shared/workflows/pools-alphabet';
import type { Station } from '../../backend/station';
import type { Actor } from '../../storage/repos/serials';
import { actorOf } from '../kit/actor';
import type { PoolDefaults } from './create-pool';

/** What the pool workflows take from the station: who acts, option defaults, randomness. */

export interface PoolActor {
  actor: Actor;
  /** `ui` or `api:<api key name>`: recorded in ledger event details. */
  via: string;
}

export function poolActor(station: Station, restKeyName?: string): PoolActor {
  const a = actorOf(station, restKeyName);
  return { actor: { userId: a.userId, station: a.station }, via: a.via };
}

/** Read on every call: options are an in-memory snapshot kept current by the options service. */
export function poolDefaults(station: Station): PoolDefaults {
  return { limit: station.options.get('pools.defaultLimit'), serialLength: station.options.get('pools.defaultLength') };
}

export function poolAlphabet(station: Station): string {
  return POOL_ALPHABETS[station.options.get('pools.alphabet')];
}

export const cryptoRandom: RandomBytes = (count) => randomBytes(count);
