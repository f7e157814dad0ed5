import { StrictMode, useEffect, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installSelectOnFocus } from './app/select-on-focus';
import { OptionsProvider } from './app/options-context';
import { createConnectionStore } from './client/connection-store';
import { pickClient } from './client/pick-client';
import { StationProvider } from './client/station-context';
import { DevicesProvider } from './devices/devices-context';
import { I18nProvider } from './i18n/i18n-context';
import { ScanRouterProvider } from './scan/scan-router';
import { SessionProvider } from './session/session-context';
import { WedgeListener } from './scan/WedgeListener';
import './styles/app.css';

const connection = createConnectionStore();
const client = pickClient();
client.onLink(connection.set);

function Root() {
  const link = useSyncExternalStore(connection.subscribe, connection.get);
  // Child effects (the providers' subscriptions) run before this one: then pushes may flow.
  useEffect(() => client.ready(), []);
  return (
    <StrictMode>
      <StationProvider client={client}>
        <OptionsProvider>
          <I18nProvider>
            <SessionProvider>
              <DevicesProvider>
                <ScanRouterProvider>
                  <WedgeListener />
                  <App connection={link === 'open' ? null : link} />
                </ScanRouterProvider>
              </DevicesProvider>
            </SessionProvider>
          </I18nProvider>
        </OptionsProvider>
      </StationProvider>
    </StrictMode>
  );
}

installSelectOnFocus();
createRoot(document.getElementById('root') as HTMLElement).render(<Root />);
