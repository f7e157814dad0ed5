import type { MessageKey } from '../../../shared/i18n/catalog';
import { uiCommon } from '../../../shared/i18n/catalog/en/ui-common';
import { translator, type Translate } from '../../../shared/i18n/format';
import type { Refusal } from '../scan/router-core';

/**
 * Reason codes in words. Verdicts carry a specific sentence from the station; this module gives
 * each reason code its general sentence (shown on hover, with the code kept for support) and
 * holds every other UI sentence about refusals. The sentences are the catalog's
 * `ui-common.reason.<code>` messages; a caller outside React passes its `t`.
 */
const EN = translator('en');
const PREFIX = 'ui-common.reason.';

/** The message key of a reason code, or null for a code this UI does not know (a newer station). */
export function reasonKey(code: string): MessageKey | null {
  const key = `${PREFIX}${code}`;
  return Object.hasOwn(uiCommon, key) ? (key as MessageKey) : null;
}

/** Every known reason code with its English sentence. */
export const REASON_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(uiCommon)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([key, text]) => [key.slice(PREFIX.length), text]),
);

/** The general sentence of a reason code; an unknown code (a newer station) is named as such. */
export function reasonWords(code: string, t: Translate = EN): string {
  const key = reasonKey(code);
  return key ? t(key) : t('ui-common.reasonUnknown');
}

/** The hover text of a verdict: the reason in words and the code for support. */
export function reasonTooltip(code: string, t: Translate = EN): string {
  return t('ui-common.reasonTooltip', { reason: reasonWords(code, t), code });
}

/** Why the scan router refused a scan (it never shows the scan: it may have been a PIN). */
export const REFUSAL_WORDS: Readonly<Record<Refusal, MessageKey>> = {
  no_handler: 'ui-common.refusal.noHandler',
  field_refused: 'ui-common.refusal.fieldRefused',
  secret_field_gone: 'ui-common.refusal.secretFieldGone',
};
