import type { Translate } from '../../../../../shared/i18n/format';
import { RequestFailed } from '../../../client/station-context';
import { sentence } from '../../../i18n/i18n-context';

/** A station error as one sentence, with the values it names (conflicts) when there are few. */
export function errorText(t: Translate, err: unknown): string {
  if (!(err instanceof RequestFailed)) return err instanceof Error ? err.message : String(err);
  const { conflicts } = err.error;
  const message = sentence(t, err.error);
  if (!conflicts || conflicts.length === 0 || conflicts.every((c) => message.includes(c))) return message;
  return t('ui-serials.error.conflicts', { message, values: conflicts.slice(0, 5).join(', '), more: Math.max(0, conflicts.length - 5) });
}
