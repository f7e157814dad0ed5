import type { MessageKey } from '../../../shared/i18n/catalog';
import { translator, type Translate } from '../../../shared/i18n/format';

const EN = translator('en');

const ROLE_WORDS: Readonly<Record<string, MessageKey>> = {
  operator: 'ui-common.role.operator',
  supervisor: 'ui-common.role.supervisor',
};

/** A user's role in words (an unknown one as the station names it). */
export function roleWord(role: string, t: Translate = EN): string {
  const key = Object.hasOwn(ROLE_WORDS, role) ? ROLE_WORDS[role] : undefined;
  return key ? t(key) : role;
}

/** "ana (operator)": a user with their role, as the status bar and the sign-in list show them. */
export function userWithRole(user: { name: string; role: string }, t: Translate = EN): string {
  return t('ui-common.userWithRole', { name: user.name, role: roleWord(user.role, t) });
}
