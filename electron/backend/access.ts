import { accessOf } from '../../shared/api/access';
import type { RequestName } from '../../shared/api/contract';
import { StationError } from '../../shared/api/errors';
import type { SignedInUser } from '../../shared/api/requests/session';
import type { RequestContext } from './dispatcher';

export interface AccessPorts {
  user(): SignedInUser | null;
  requireSignIn(): boolean;
  /** Whether the station has a supervisor yet (before that, setting up needs nobody). */
  hasSupervisor(): Promise<boolean>;
  /** Whether the station has any user (a new station has none: the refusal says how to add one). */
  hasUsers(): Promise<boolean>;
}

const UI_ORIGINS: ReadonlySet<RequestContext['origin']> = new Set(['ipc', 'ws']);

/**
 * Refuses a UI request its caller may not make (see shared/api/access.ts). Only requests from the
 * station's own UI are checked: REST records its API key, the CLI is the local administrator.
 */
export function createAccessCheck(ports: AccessPorts): (name: RequestName, ctx: RequestContext) => Promise<void> {
  return async (name, ctx) => {
    if (!UI_ORIGINS.has(ctx.origin)) return;
    const access = accessOf(name);
    if (access === null) return;
    const user = ports.user();
    if (access === 'signed_in') {
      if (user === null && ports.requireSignIn()) {
        const how = (await ports.hasUsers()) ? '' : ' Add a user in Settings → Users first (or load the demo data).';
        throw new StationError('sign_in_required', `Sign in first: this station records who receives, ships, returns, moves and counts.${how}`);
      }
      return;
    }
    if (user?.role !== 'supervisor' && (await ports.hasSupervisor())) {
      const what = name === 'options.set' ? 'change settings' : name.startsWith('webhooks.') ? 'change webhooks' : 'change users';
      throw new StationError('forbidden', user ? `Only a supervisor can ${what}: ${user.name} is signed in as ${user.role}.` : `Only a signed-in supervisor can ${what}.`);
    }
  };
}
