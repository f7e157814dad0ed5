import { useEffect, useRef } from 'react';

/**
 * Calls `fn` every `ms` while mounted: the pool counts follow changes made elsewhere (REST
 * clients requesting serials, another station, the CLI) without a push event.
 */
export function useInterval(fn: () => void, ms: number): void {
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(() => {
    const id = setInterval(() => latest.current(), ms);
    return () => clearInterval(id);
  }, [ms]);
}
