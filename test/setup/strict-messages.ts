// Every test runs with strict messages (shared/i18n/format.ts): a verdict whose message is
// missing in a language, or uses a parameter the code did not give, fails where it is made.
import { setStrictMessages } from '../../shared/i18n/format';

setStrictMessages(true);
