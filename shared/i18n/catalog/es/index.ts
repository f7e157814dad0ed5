import { verdictsCommon } from './verdicts-common';
import { verdictsReceiving } from './verdicts-receiving';
import { verdictsShipping } from './verdicts-shipping';
import { verdictsStock } from './verdicts-stock';
import { uiCommon } from './ui-common';
import { uiReceive } from './ui-receive';
import { uiReturns } from './ui-returns';
import { uiShip } from './ui-ship';
import { uiSerials } from './ui-serials';
import { uiSettings } from './ui-settings';
import { options } from './options';
import { documents } from './documents';
import { errors } from './errors';
import { errorsImport } from './errors-import';
import { errorsStorage } from './errors-storage';
import { errorsStation } from './errors-station';
import { errorsStock } from './errors-stock';
import { errorsShipping } from './errors-shipping';
import { errorsReceiving } from './errors-receiving';

/** Every namespace of this language, one object. */
export const es = {
  ...verdictsCommon,
  ...verdictsReceiving,
  ...verdictsShipping,
  ...verdictsStock,
  ...uiCommon,
  ...uiReceive,
  ...uiReturns,
  ...uiShip,
  ...uiSerials,
  ...uiSettings,
  ...options,
  ...documents,
  ...errors,
  ...errorsImport,
  ...errorsStorage,
  ...errorsStation,
  ...errorsStock,
  ...errorsShipping,
  ...errorsReceiving,
};
