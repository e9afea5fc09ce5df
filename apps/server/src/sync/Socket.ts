/**
 * What the room logic needs from a connection. The `ws` adapter implements it for real
 * sockets; tests implement it in memory.
 */
export interface Socket {
  /** True until the connection is closing or closed. */
  readonly isOpen: boolean;
  /** Bytes queued for sending and not yet handed to the network. */
  readonly bufferedAmount: number;
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** Close codes; custom ones reuse HTTP numbers, as Hocuspocus does. */
export const CLOSE = {
  normal: 1000,
  goingAway: 1001,
  internalError: 1011,
  serviceRestart: 1012,
  tryAgainLater: 1013,
  badRequest: 4400,
  unauthorised: 4401,
  forbidden: 4403,
  notFound: 4404,
  tooLarge: 4413,
  tooManyRequests: 4429,
} as const;
