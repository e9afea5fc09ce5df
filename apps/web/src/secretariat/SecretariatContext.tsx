import { createContext, useContext } from 'react';
import type { SecretariatApi } from './SecretariatApi.js';

/** What every secretariat page gets: the API with the key, and a way to forget the key. */
export interface Secretariat {
  readonly api: SecretariatApi;
  signOut(): void;
}

export const SecretariatContext = createContext<Secretariat | null>(null);

/** The secretariat's API and session; only inside SecretariatApp. */
export function useSecretariat(): Secretariat {
  const value = useContext(SecretariatContext);
  if (!value) throw new Error('useSecretariat needs SecretariatApp');
  return value;
}
