import type { Messages } from '../types';

/**
 * Namespace `errors-station`: refusals (station errors) every key starts with `errors-station.`.
 * Sign-in and access (electron/backend/access.ts, handlers/session.ts), devices, webhooks,
 * documents, storage faults (electron/backend/error-mapping.ts) and options. Identifiers (names,
 * SKUs, order and PO numbers, webhook ids, paths, option keys) are strings; `{detail}` is text that
 * is not ours (an exception's, a device's or a database's own words).
 */
export const errorsStation = {
  // Sign-in (electron/backend/handlers/session.ts).
  'errors-station.session.badgeOff': 'Badge sign-in is off at this station: choose your name and type your PIN.',
  'errors-station.session.unknownBadge': 'That badge belongs to nobody at this station.',
  'errors-station.session.locked': '{name} is locked after 5 wrong PINs until {until, time}',
  'errors-station.session.wrongPin':
    'wrong PIN for {name}: {left, plural, one {{left} attempt} other {{left} attempts}} left before a one-minute lock',
  'errors-station.session.unknownUser': 'no user named {name}',
  'errors-station.users.notFound': 'No user named {name}.',
  'errors-station.demo.notEmpty': 'demo data goes only into an empty station; this one already holds data',

  // Access (electron/backend/access.ts): `users` is `none` on a station without users; `what` is settings, webhooks or users.
  'errors-station.access.signInFirst':
    'Sign in first: this station records who receives, ships, returns, moves and counts.{users, select, none { Add a user in Settings → Users first (or load the demo data).} other {}}',
  'errors-station.access.supervisorOnly':
    'Only a supervisor can {what, select, settings {change settings} webhooks {change webhooks} other {change users}}: {name} is signed in as {role, select, supervisor {supervisor} operator {operator} other {{role}}}.',
  'errors-station.access.signedInSupervisorOnly':
    'Only a signed-in supervisor can {what, select, settings {change settings} webhooks {change webhooks} other {change users}}.',

  // Devices (electron/backend/handlers/devices.ts).
  'errors-station.devices.noScale': 'no scale is configured (Settings → Devices)',
  'errors-station.devices.commandFailed': '{command, select, zero {zero} tare {tare} other {{command}}} failed: {detail}',
  'errors-station.devices.captureNeedsScreen': 'only a station screen can capture scans for its PIN field',
  'errors-station.devices.scannerNotSimulator': 'the scanner is not the simulator (Settings → Devices → Scanner connection)',
  'errors-station.devices.scaleNotSimulator': 'the scale is not a simulator (Settings → Devices → Scale protocol)',

  // Shipping through the station API (electron/backend/handlers/shipping.ts).
  'errors-station.shipping.weighAtBench': 'At the bench each package is weighed: ship with the Ship button.',

  // Documents (electron/backend/handlers/documents.ts).
  'errors-station.documents.productNotFound': 'product {sku} not found',
  'errors-station.documents.purchaseOrderNotFound': 'purchase order {po} not found',
  'errors-station.documents.orderNotFound': 'order {order} not found',
  'errors-station.documents.forceNeedsSupervisor': "A forced change needs a supervisor: send force '{'pin, reason'}'.",

  // Serial pools, stock and the ledger (handlers/pools.ts, handlers/lifecycle.ts, rest/routes/lifecycle.ts).
  'errors-station.pools.printWhat': 'print either selected serials or a batch',
  'errors-station.stock.noStockLine': 'No stock line {sku} at {place}.',
  'errors-station.serials.notInLedger': 'Serial {serial} is not in the ledger.',
  /** The same over REST (GET /serials/{serial}), without the full stop. */
  'errors-station.serials.notInLedgerRest': 'Serial {serial} is not in the ledger',

  // Webhooks (electron/backend/handlers/webhooks.ts).
  'errors-station.webhooks.notFound': 'No webhook {id}.',
  'errors-station.webhooks.otherStation': 'Webhook {id} was added on another station: its secret can be used only there.',

  // Options (electron/options/options-service.ts, rest/routes/system.ts); `detail` lists the field issues.
  'errors-station.options.fileInvalid': 'the station options file in {dir} is invalid: {detail}',
  'errors-station.options.invalid': 'invalid options: {detail}',
  'errors-station.options.restLocked':
    '{keys} cannot be changed through the REST API: they decide who can reach it. Change {count, plural, one {it} other {them}} in Settings → API or with scanbay options set.',

  // Storage (handlers/storage.ts, electron/backend/error-mapping.ts); `reason` is one of storage.reason.* or the system’s words.
  'errors-station.storage.cannotConnect': '{database}: {detail}',
  'errors-station.storage.unreachable': 'Database unreachable — nothing was recorded.',
  'errors-station.storage.poolBusy': 'The station is busy (every database connection is in use); nothing was recorded, try again in a moment.',
  'errors-station.storage.diskFull': 'The disk holding the station data is full; nothing was recorded.',
  'errors-station.storage.busy':
    'The station database is busy (another program is writing to it, such as an import); nothing was recorded — try again in a moment.',
  'errors-station.storage.cannotWrite': 'The station data cannot be written ({reason}); nothing was recorded.',
  'errors-station.storage.cannotWriteAt': 'The station data at {path} cannot be written ({reason}); nothing was recorded.',
  'errors-station.storage.cannotUse': 'The station data cannot be used ({reason}); nothing was recorded.',
  'errors-station.storage.cannotUseAt': 'The station data at {path} cannot be used ({reason}); nothing was recorded.',
  'errors-station.storage.newerSchema': 'this data was written by a newer ScanBay (schema {found}, this build knows {known}); upgrade ScanBay',
  'errors-station.storage.reason.readOnlyFileSystem': 'read-only file system',
  'errors-station.storage.reason.permissionDenied': 'permission denied',
  'errors-station.storage.reason.notPermitted': 'operation not permitted',
  'errors-station.storage.reason.noSpace': 'no space left on the disk',
  'errors-station.storage.reason.quotaExceeded': 'disk quota exceeded',
  'errors-station.storage.reason.missing': 'it does not exist',
  'errors-station.storage.reason.notDirectory': 'a part of the path is not a directory',
  'errors-station.storage.reason.openedReadOnly': 'the database was opened read-only',
  'errors-station.users.badgeTaken': 'another user already has this badge',
  'errors-station.users.exists': 'user {name} already exists',
} as const satisfies Messages;
