import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** The parameters an ICU message uses, with how it uses them (`plural`, `number`, `argument`…). */
export function messageArgs(text: string): Map<string, string> {
  const args = new Map<string, string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument) args.set(el.value, args.get(el.value) ?? 'argument');
      else if (el.type === TYPE.number) args.set(el.value, 'number');
      else if (el.type === TYPE.date || el.type === TYPE.time) args.set(el.value, 'date');
      else if (el.type === TYPE.plural) {
        args.set(el.value, 'plural');
        for (const o of Object.values(el.options)) walk(o.value);
      } else if (el.type === TYPE.select) {
        args.set(el.value, 'select');
        for (const o of Object.values(el.options)) walk(o.value);
      } else if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(text, { ignoreTag: true }));
  return args;
}
