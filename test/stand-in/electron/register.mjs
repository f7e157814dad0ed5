// `node --import tsx --import ./test/stand-in/electron/register.mjs dist/electron/main.mjs`: runs the
// app's main process against the stand-in `electron` module. Only tests pass this flag; the app
// build keeps `electron` external and packaging ships dist/ only, so nothing else can resolve it.
import { register } from 'node:module';

if (process.env.SCANBAY_STAND_IN !== '1') {
  throw new Error('the stand-in electron module is for tests only (set SCANBAY_STAND_IN=1)');
}
register('./hooks.mjs', import.meta.url);
