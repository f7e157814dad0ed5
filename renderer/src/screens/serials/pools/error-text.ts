import { RequestFailed } from '../../../client/station-context';

/** A station error as one sentence, with the values it names (conflicts) when there are few. */
export function errorText(err: unknown): string {
  if (!(err instanceof RequestFailed)) return err instanceof Error ? err.message : String(err);
  const { message, conflicts } = err.error;
  if (!conflicts || conflicts.length === 0 || conflicts.every((c) => message.includes(c))) return message;
  const shown = conflicts.slice(0, 5).join(', ');
  return `${message}: ${shown}${conflicts.length > 5 ? ` and ${conflicts.length - 5} more` : ''}`;
}
