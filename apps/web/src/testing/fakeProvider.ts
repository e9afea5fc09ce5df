import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';

type Handler = (encoder: encoding.Encoder, decoder: decoding.Decoder) => void;

/**
 * A provider's message handlers, as y-websocket calls them (the type already read), and a
 * way to deliver a Tavolo JSON message of `type` to them as the server would frame it.
 */
export function fakeProvider(type: number) {
  const handlers: Handler[] = [];
  const receive = (json: string) => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, type);
    encoding.writeVarString(e, json);
    const decoder = decoding.createDecoder(encoding.toUint8Array(e));
    handlers[decoding.readVarUint(decoder)]!(encoding.createEncoder(), decoder);
  };
  return { provider: { messageHandlers: handlers } as unknown as WebsocketProvider, receive };
}
