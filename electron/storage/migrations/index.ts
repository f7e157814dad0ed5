import type { Kysely } from 'kysely';
import { migration0001 } from './0001-catalog';
import { migration0002 } from './0002-users';
import { migration0003 } from './0003-purchasing';
import { migration0004 } from './0004-sales';
import { migration0005 } from './0005-serials';
import { migration0006 } from './0006-returns-transfers';
import { migration0007 } from './0007-logs-api';
import { migration0008 } from './0008-po-line-serial-count';
import { migration0009 } from './0009-pools';
import { migration0010 } from './0010-cycle-counts';
import { migration0011 } from './0011-station-trust';
import { migration0012 } from './0012-robustness';
import { migration0013 } from './0013-stations';
import { migration0014 } from './0014-packages-labels';
import { migration0015 } from './0015-event-feed';
import { migration0016 } from './0016-package-measures';
import { migration0017 } from './0017-scan-path-indexes';
import { migration0018 } from './0018-pool-index';

/** One schema version. Never edit a released migration: add the next one. */
export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

/** In version order; the last one is the schema this build knows. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
];
