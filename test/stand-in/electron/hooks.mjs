// Module resolution hook: `electron` → the stand-in (resolved further by tsx, which runs it as
// TypeScript). Every other specifier resolves as usual.
const standIn = new URL('./index.ts', import.meta.url).href;

export async function resolve(specifier, context, next) {
  return next(specifier === 'electron' ? standIn : specifier, context);
}
