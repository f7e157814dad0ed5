import type { ApiError, FieldIssue } from '../../../shared/api/errors';
import type { MessageKey } from '../../../shared/i18n/catalog';
import { translator, type Translate } from '../../../shared/i18n/format';
import { isOptionKey, optionDef } from '../../../shared/options/registry';
import { sentence } from '../i18n/i18n-context';

const EN = translator('en');

/**
 * Station-API validation errors as field messages a person can act on — never the schema's own
 * text ("Too small: expected string…"). Keyed by request and field path, then by field path alone.
 * The sentences are the catalog's `errors.*` messages; a caller outside React passes its `t`.
 */
const FIELD_WORDS: Readonly<Record<string, MessageKey>> = {
  'receiving.deleteSerial.reason': 'errors.receiving.deleteSerial.reason',
  'receiving.editSerial.new_value': 'errors.receiving.editSerial.newValue',
  'stock.adjust.reason': 'errors.stock.adjust.reason',
  'returns.create.reason': 'errors.returns.create.reason',
  'session.signIn.pin': 'errors.pin',
  'session.signIn.name': 'errors.session.signIn.name',
  'users.add.name': 'errors.users.add.name',
  'users.add.pin': 'errors.pin',
  'users.add.badge': 'errors.badge',
  'users.setBadge.badge': 'errors.badge',
  'counts.finish.pin': 'errors.counts.finish.pin',
  reason: 'errors.reason',
  pin: 'errors.pin',
  warehouse: 'errors.warehouse',
  bin: 'errors.bin',
  qty: 'errors.qty',
  code: 'errors.code',
};

const fieldKey = (path: string): MessageKey | undefined => (Object.hasOwn(FIELD_WORDS, path) ? FIELD_WORDS[path] : undefined);

const humanize = (path: string) => (path.split('.').pop() ?? path).replaceAll('_', ' ');

/** Messages the station writes for people (identifier rules: "must not contain control characters"), unlike zod's own. */
const WRITTEN_FOR_PEOPLE = /^(must |is required$)/;

/** The station's field sentences this UI knows, in the station's language; any other stays as the station wrote it. */
const KNOWN_WHY: readonly [RegExp, (m: RegExpMatchArray, t: Translate) => string][] = [
  [/^is required$/, (_m, t) => t('errors.why.required')],
  [/^must not be empty$/, (_m, t) => t('errors.why.notEmpty')],
  [/^must be text$/, (_m, t) => t('errors.why.text')],
  [/^must be a whole number$/, (_m, t) => t('errors.why.wholeNumber')],
  [/^must not be negative$/, (_m, t) => t('errors.why.notNegative')],
  // The limits are the station's own figures, passed as written.
  [/^must be at least (\d+)$/, (m, t) => t('errors.why.atLeast', { min: m[1] ?? '' })],
  [/^must be at most (\d+)$/, (m, t) => t('errors.why.atMost', { max: m[1] ?? '' })],
  [/^must be at most (\d+) characters$/, (m, t) => t('errors.why.atMostChars', { max: m[1] ?? '' })],
  [/^must be on one line \(it contains a line break\)$/, (_m, t) => t('errors.why.oneLine')],
  [/^must not contain control characters$/, (_m, t) => t('errors.why.controlChars')],
  [/^must not contain bidirectional control characters$/, (_m, t) => t('errors.why.bidiChars')],
  [/^must not contain zero-width characters$/, (_m, t) => t('errors.why.zeroWidthChars')],
  [/^must be 4 to 12 digits$/, (_m, t) => t('errors.why.pinDigits')],
];

function whyWords(message: string, t: Translate): string {
  for (const [pattern, words] of KNOWN_WHY) {
    const m = message.match(pattern);
    if (m) return words(m, t);
  }
  return message;
}

/** The sentence for one invalid field of a request. */
export function fieldWords(request: string, issue: FieldIssue, t: Translate = EN): string {
  const why = WRITTEN_FOR_PEOPLE.test(issue.message) ? whyWords(issue.message, t) : null;
  // A station option names itself by its Settings label (and its key, for support).
  if (isOptionKey(issue.path)) return t('errors.option', { label: optionDef(issue.path).label, why: why ?? t('errors.optionNotAllowed'), key: issue.path });
  if (why) {
    const field = humanize(issue.path) || t('errors.theInput');
    return t('errors.fieldWhy', { field: `${field.charAt(0).toUpperCase()}${field.slice(1)}`, why });
  }
  const key = fieldKey(`${request}.${issue.path}`) ?? fieldKey(issue.path.split('.').pop() ?? '');
  if (key) return t(key);
  const field = humanize(issue.path);
  return field ? t('errors.checkField', { field }) : t('errors.checkInput');
}

/**
 * What a refused request says to the person: a validation error as its field messages; any other
 * error as the station's sentence (station errors are written for people; in the station's
 * language when they carry a message key).
 */
export function errorWords(request: string, error: ApiError, t: Translate = EN): string {
  if (error.code !== 'validation') return sentence(t, error);
  const issues = error.details ?? [];
  // Without field issues, the station's own sentence when it made one from a message.
  if (issues.length === 0) return error.message_key ? sentence(t, error) : t('errors.checkForm');
  return [...new Set(issues.map((i) => fieldWords(request, i, t)))].join(' ');
}
