import type { Messages } from '../types';

/** Namespace `errors-import`: every key starts with `errors-import.`. */
export const errorsImport = {
  // The REST API's own refusals (electron/rest: plugin.ts, auth/api-auth.ts).
  'errors-import.rest.jsonOnly': 'only application/json request bodies are accepted',
  'errors-import.rest.urlTooLong': 'a value in the URL is too long (at most {max} characters)',
  'errors-import.rest.noRoute': 'no route {method} {path}',
  'errors-import.rest.noToken': 'no access token: send it in the x-access-token header',
  'errors-import.rest.invalid':
    'invalid {what, select, body {body} query {query parameter} other {path parameter}}: {summary}',
  'errors-import.rest.bodyTooLarge': 'request body is larger than the limit of this API',
  'errors-import.rest.badRequest': 'bad request: {detail}',
  'errors-import.rest.internal': 'internal error: {detail}',
  'errors-import.rest.keyExists': 'an API key named "{name}" already exists',
  'errors-import.rest.badSecret': 'unknown API key or wrong secret',
  'errors-import.rest.tokenInvalid': 'the access token is not valid',
  'errors-import.rest.tokenRevoked': 'the access token has been revoked',
  'errors-import.rest.tokenExpired': 'the access token has expired: request a new one at POST /api/v1/auth/token',
  'errors-import.rest.noChannelKey': 'no channel key: send it in the x-channel-key header',
  'errors-import.rest.channelNotBound': 'the channel key is not bound to this token’s API key',

  // CSV import: cells and rows (electron/import).
  'errors-import.cell.required': 'is required',
  'errors-import.cell.notNumber': 'must be a number, not {value}',
  'errors-import.cell.notBool': 'must be true or false, not {value}',
  'errors-import.cell.kitComponent': 'component {component} must be written SKU:qty',
  'errors-import.cell.notDate': 'must be a date written YYYY-MM-DD, not {value}',
  'errors-import.cell.negative': 'must not be negative',
  'errors-import.cell.tooManyChars': 'must be at most {max} characters',
  'errors-import.row.cellCount': 'has {cells} cells; the header row has {columns}',
  'errors-import.row.cellTooLong': 'value is longer than {kb} KB',
  'errors-import.document.headerMismatch':
    '{hereState, select, blank {is blank} other {{here}}} but row {firstRow} of {key} {number} has ' +
    '{firstState, select, blank {it blank} other {{first}}}; repeat the same value on every row of a document',
  'errors-import.products.duplicateSku': 'duplicate SKU {sku}: already on row {row}',
  'errors-import.serials.unknownSku': 'unknown SKU {sku}',
  'errors-import.serials.notTracked': '{sku} does not track serial numbers',
  'errors-import.serials.exists': 'serial {serial} already exists for {sku} ({status})',
  'errors-import.serials.duplicate': 'duplicate serial {serial}: already on row {row}',
  'errors-import.serials.addedMeanwhile':
    'serial {serial} of {sku} was added to the station while the import ran; nothing was imported',

  // CSV import: the file as a whole (ImportFileError).
  'errors-import.file.unknownColumns':
    '{file}: unknown {count, plural, one {column} other {columns}} {names} in the header row (columns: {columns})',
  'errors-import.file.duplicateColumn': '{file}: column {column} appears twice in the header row',
  'errors-import.file.missingColumns': '{file}: missing {count, plural, one {column} other {columns}} {names}',
  'errors-import.file.cannotRead': 'cannot read {path}: {detail}',
  'errors-import.file.badCsv': '{file}: the CSV cannot be read: {detail}',
  'errors-import.file.empty': '{file} is empty: it needs a header row with the column names',
  'errors-import.file.notUtf8':
    '{file} is not UTF-8 text (invalid byte at offset {offset}, line {line}); save it as UTF-8 (CSV UTF-8) and import again',
  'errors-import.rest.idempotencyRequired': 'this station requires an Idempotency-Key header on scans (api.requireIdempotencyKey)',
  'errors-import.rest.idempotencyTooLong': 'Idempotency-Key is at most {max} characters',
  'errors-import.rest.idempotencyReused': 'Idempotency-Key {key} was already used with another request (within 24 h): send a new key for a new request',
} as const satisfies Messages;
