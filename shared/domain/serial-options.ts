import { z } from 'zod';
import { option, type OptionDefs } from '../options/define';

/**
 * Serial options. Changing `uniqueScope` or `caseSensitive` rewrites every serial's unique key:
 * the options service calls `rekeySerials` first and refuses the change when values would collide.
 */
export const serialOptionDefs = {
  'serials.uniqueScope': option(
    'serials',
    'Serial numbers are unique',
    z.enum(['product', 'global']),
    'product',
    'Per product: two products may carry the same serial. Global: a serial value exists once on this station.',
  ),
  'serials.caseSensitive': option(
    'serials',
    'Serial numbers are case-sensitive',
    z.boolean(),
    true,
    'When off, "ab12" and "AB12" are the same serial.',
  ),
  'serials.defaultLength': option(
    'serials',
    'Default serial length (blank: any length)',
    z.number().int().min(1).max(100).nullable(),
    null,
    'Company default; a product with its own length rule overrides it.',
  ),
} satisfies OptionDefs;
