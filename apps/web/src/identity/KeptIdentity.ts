import type { UiStorage } from '../ui/uiStore.js';
import { saveIdentity, type Identity } from './identity.js';

/**
 * A table's identity as this device keeps it while the board is open: what changes during the
 * session (a renewed token, the person's consent) is kept for the next visit too.
 */
export class KeptIdentity {
  constructor(
    private current: Identity,
    private readonly storage: UiStorage | null,
    private readonly tableId: string,
  ) {}

  get(): Identity {
    return this.current;
  }

  update(change: Partial<Identity>): void {
    this.current = { ...this.current, ...change };
    if (this.storage) saveIdentity(this.storage, this.tableId, this.current);
  }
}
