// Typed view of the AI table: one AiDefinition per AI, with its components, lengths and rules.
import { AI_DESCRIPTIONS, AI_KEY_NAMES, AI_TABLE, PREDEFINED_LENGTH_BY_PREFIX } from './ai-table';
import type { Charset } from './charsets';

export interface AiComponent {
  charset: Charset;
  min: number;
  max: number;
  /** Optional trailing component (may be left out when the data ends). */
  optional: boolean;
  /** Names of the checks in linters.ts applied to this component. */
  linters: readonly string[];
}

export interface AiDefinition {
  ai: string;
  title: string;
  components: readonly AiComponent[];
  /** Data length limits (without the AI). */
  minLength: number;
  maxLength: number;
  /** Every component has a fixed length and none is optional. */
  fixedLength: boolean;
  /** Listed in §7.8.5: no FNC1 separator follows it even when more data follows. */
  predefinedLength: boolean;
  /** Decimal AIs 31nn-36nn and 39nn: the AI's last digit is the number of decimal places. */
  decimals: number | null;
  /** GS1 key carried (GTIN, SSCC, GLN...), whose check digit is validated. */
  key: string | null;
  /** Each inner list is one "req=" rule: one alternative ("01" or "01+21") must be present. */
  requires: readonly (readonly string[])[];
  /** AIs or patterns ("n" = any digit) that must not appear with this AI. */
  excludes: readonly string[];
  /** May appear in a GS1 Digital Link URI's query string (the dictionary's "?" flag). */
  dlDataAttribute: boolean;
  /**
   * A GS1 Digital Link primary key: its key-qualifier sequences (one per "|" alternative; any of
   * a sequence's AIs may be left out, the rest keep their order). [[]] = a key without
   * qualifiers; null = not a primary key.
   */
  dlQualifiers: readonly (readonly string[])[] | null;
}

function parseComponent(text: string): AiComponent {
  const optional = text.startsWith('[');
  const [type = '', ...linters] = text.replace(/[[\]]/g, '').split(',');
  const m = /^([NXYZ])(\.\.)?([0-9]+)$/.exec(type);
  if (!m) throw new Error(`bad AI table component "${text}"`);
  const [, charset, dots, n] = m;
  const len = Number(n);
  return { charset: charset as Charset, min: dots ? 1 : len, max: len, optional, linters };
}

function parseAttributes(attributes: string): Pick<AiDefinition, 'requires' | 'excludes' | 'dlQualifiers'> {
  const requires: string[][] = [];
  const excludes: string[] = [];
  let dlQualifiers: string[][] | null = null;
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const [key, list = ''] = attribute.split('=');
    if (key === 'req') requires.push(list.split(','));
    else if (key === 'ex') excludes.push(...list.split(','));
    else if (key === 'dlpkey') dlQualifiers = list === '' ? [[]] : list.split('|').map((seq) => seq.split(','));
  }
  return { requires, excludes, dlQualifiers };
}

function expandRange(ais: string): string[] {
  const [first = '', last = first] = ais.split('-');
  const out: string[] = [];
  for (let n = Number(first); n <= Number(last); n++) out.push(String(n).padStart(first.length, '0'));
  return out;
}

function isDecimalAi(ai: string): boolean {
  return ai.length === 4 && /^3[1-69]/.test(ai);
}

function build(): Map<string, AiDefinition> {
  const map = new Map<string, AiDefinition>();
  for (const [ais, flags, format, attributes, title] of AI_TABLE) {
    const components = format.split(/\s+/).map(parseComponent);
    const required = components.filter((c) => !c.optional);
    const base = {
      components,
      minLength: required.reduce((sum, c) => sum + c.min, 0),
      maxLength: components.reduce((sum, c) => sum + c.max, 0),
      fixedLength: components.every((c) => !c.optional && c.min === c.max),
      predefinedLength: flags.includes('*'),
      dlDataAttribute: flags.includes('?'),
      ...parseAttributes(attributes),
    };
    for (const ai of expandRange(ais)) {
      map.set(ai, {
        ai,
        title: title || (AI_DESCRIPTIONS[ai] ?? ''),
        ...base,
        decimals: isDecimalAi(ai) ? Number(ai.charAt(3)) : null,
        key: AI_KEY_NAMES[ai] ?? null,
      });
    }
  }
  return map;
}

const DEFINITIONS = build();

export function lookupAi(ai: string): AiDefinition | undefined {
  return DEFINITIONS.get(ai);
}

export function allAiDefinitions(): AiDefinition[] {
  return [...DEFINITIONS.values()];
}

/**
 * The AI that starts at `pos` in `data`, if any. GS1 AIs are prefix-free (no AI is the start
 * of a longer one), so trying 2, 3 and 4 characters finds at most one.
 */
export function matchAi(data: string, pos: number): AiDefinition | undefined {
  for (let len = 2; len <= 4; len++) {
    if (pos + len > data.length) return undefined;
    const def = DEFINITIONS.get(data.slice(pos, pos + len));
    if (def) return def;
  }
  return undefined;
}

/** Total element length (AI + data) for a predefined-length AI prefix, per §7.8.5. */
export function predefinedElementLength(ai: string): number | undefined {
  return PREDEFINED_LENGTH_BY_PREFIX[ai.slice(0, 2)];
}

/** "AI (17) USE BY or EXPIRY" */
export function aiLabel(def: Pick<AiDefinition, 'ai' | 'title'>): string {
  return def.title ? `AI (${def.ai}) ${def.title}` : `AI (${def.ai})`;
}
