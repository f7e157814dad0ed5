import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { OptionsProvider } from './app/options-context';
import { pickClient } from './client/pick-client';
import { StationProvider } from './client/station-context';
import type { ConnectionState } from './client/ws-client';
import './styles/app.css';

let setConnection: (s: ConnectionState) => void = () => {};
const client = pickClient((s) => setConnection(s));

function Root() {
  const [connection, setState] = useState<ConnectionState | null>(null);
  setConnection = setState;
  // Listeners are attached by the providers' first effects; then pushes may flow.
  useEffect(() => client.ready(), []);
  return (
    <StrictMode>
      <StationProvider client={client}>
        <OptionsProvider>
          <App connection={connection === 'open' ? null : connection} />
        </OptionsProvider>
      </StationProvider>
    </StrictMode>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Root />);
