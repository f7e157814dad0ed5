import type { SignedInUser } from '../../shared/api/requests/session';

/** Who is signed in at this station (one station, one user at a time); in memory only. */
export class StationSession {
  #user: SignedInUser | null = null;

  constructor(private readonly onChange: (user: SignedInUser | null) => void) {}

  get user(): SignedInUser | null {
    return this.#user;
  }

  signIn(user: SignedInUser): void {
    this.#user = user;
    this.onChange(user);
  }

  signOut(): void {
    if (this.#user === null) return;
    this.#user = null;
    this.onChange(null);
  }
}
