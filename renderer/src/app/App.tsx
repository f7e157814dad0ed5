import { useState } from 'react';
import { useRequestWords } from '../client/station-context';
import { useT } from '../i18n/i18n-context';
import { DemoOffer } from './DemoOffer';
import { useOptions } from './options-context';
import { Nav } from './Nav';
import type { ScreenId } from './screens';
import { LinkBanner } from './LinkBanner';
import { StatusBar } from './StatusBar';
import { StorageBanner } from './StorageBanner';
import { ReceiveScreen } from '../screens/receive/ReceiveScreen';
import { ReturnsScreen } from '../screens/returns/ReturnsScreen';
import { SerialsScreen } from '../screens/serials/SerialsScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { ShipScreen } from '../screens/ship/ShipScreen';

export function App({ connection }: { connection: string | null }) {
  const [screen, setScreen] = useState<ScreenId>('receive');
  const { values } = useOptions();
  // Refused requests (RequestFailed) speak the station's language.
  useRequestWords(useT());
  return (
    <div className={`app text-${values['general.textSize']}`}>
      <Nav current={screen} onSelect={setScreen} />
      <main className="main">
        <LinkBanner connection={connection} />
        <StorageBanner />
        <DemoOffer />
        {screen === 'receive' && <ReceiveScreen />}
        {screen === 'ship' && <ShipScreen />}
        {screen === 'returns' && <ReturnsScreen />}
        {screen === 'serials' && <SerialsScreen />}
        {screen === 'settings' && <SettingsScreen />}
      </main>
      <StatusBar connection={connection} />
    </div>
  );
}
