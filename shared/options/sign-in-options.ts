import { z } from 'zod';
import { option, type OptionDefs } from './define';

/** Who works at the station (Settings → General). */
export const signInOptionDefs = {
  'general.requireSignIn': option('general', 'Require a signed-in user for station work', z.boolean(), true,
    'Receiving, shipping, returns, transfers, counts and pools refuse to work from this station while nobody is signed in, so every receipt and shipment names who did it.'),
  'general.badgeSignIn': option('general', 'Sign in by scanning a badge', z.boolean(), true,
    'A user with a badge code (Settings → Users) signs in by scanning it in the sign-in dialog, without a PIN.'),
} satisfies OptionDefs;
