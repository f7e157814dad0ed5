import type { ApiError, FieldIssue } from '../../../shared/api/errors';
import { isOptionKey, optionDef } from '../../../shared/options/registry';

/**
 * Station-API validation errors as field messages a person can act on — never the schema's own
 * text ("Too small: expected string…"). Keyed by request and field path, then by field path alone.
 */
const FIELD_WORDS: Record<string, string> = {
  'receiving.deleteSerial.reason': 'Give a reason for deleting the serial.',
  'receiving.editSerial.new_value': 'Type or scan the new serial.',
  'stock.adjust.reason': 'Give a reason for the adjustment.',
  'returns.create.reason': 'Choose a reason for the return.',
  'session.signIn.pin': 'A PIN is 4 to 12 digits.',
  'session.signIn.name': 'Choose your name.',
  'users.add.name': 'Give the user a name (up to 64 characters).',
  'users.add.pin': 'A PIN is 4 to 12 digits.',
  'users.add.badge': 'A badge is 4 to 64 letters, digits or signs, without spaces.',
  'users.setBadge.badge': 'A badge is 4 to 64 letters, digits or signs, without spaces.',
  'counts.finish.pin': 'Type or scan the supervisor’s PIN.',
  reason: 'Give a reason.',
  pin: 'A PIN is 4 to 12 digits.',
  warehouse: 'Choose a warehouse.',
  bin: 'Choose a bin of that warehouse.',
  qty: 'Give a quantity of whole units, at least 1.',
  code: 'Scan or type a code.',
};

const humanize = (path: string) => (path.split('.').pop() ?? path).replaceAll('_', ' ');

/** Messages the station writes for people (identifier rules: "must not contain control characters"), unlike zod's own. */
const WRITTEN_FOR_PEOPLE = /^(must |is required$)/;

/** The sentence for one invalid field of a request. */
export function fieldWords(request: string, issue: FieldIssue): string {
  const why = WRITTEN_FOR_PEOPLE.test(issue.message) ? issue.message : null;
  // A station option names itself by its Settings label (and its key, for support).
  if (isOptionKey(issue.path)) return `${optionDef(issue.path).label}: ${why ?? 'that value is not allowed'} (${issue.path}).`;
  if (why) {
    const field = humanize(issue.path) || 'The input';
    return `${field.charAt(0).toUpperCase()}${field.slice(1)} ${why}.`;
  }
  return FIELD_WORDS[`${request}.${issue.path}`] ?? FIELD_WORDS[issue.path.split('.').pop() ?? ''] ?? `Check the ${humanize(issue.path) || 'input'}.`;
}

/**
 * What a refused request says to the person: a validation error as its field messages; any other
 * error as the station's sentence (station errors are written for people).
 */
export function errorWords(request: string, error: ApiError): string {
  if (error.code !== 'validation') return error.message;
  const issues = error.details ?? [];
  if (issues.length === 0) return 'Some input is missing or wrong: check the form.';
  return [...new Set(issues.map((i) => fieldWords(request, i)))].join(' ');
}
