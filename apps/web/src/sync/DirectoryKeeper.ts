import { EMPTY_DIRECTORY, parseDirectory, type Directory } from '@tavolo/board';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';

/** The y-websocket message type of Tavolo's directory message (docs/protocol.md). */
export const MESSAGE_DIRECTORY = 100;

/** Where a device keeps the last directory of a table, so a board offline still shows names. */
export interface DirectoryStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The people of a table as the server lets this device see them. The board holds ids only:
 * the server sends this device its cut of the directory when it connects and whenever it
 * changes (someone joins, a consent changes, the moderator switches anonymity), and each
 * message replaces the last, names withdrawn included. The last copy is kept in storage, so
 * names show offline; what the server never sent, the device never has.
 */
export class DirectoryKeeper {
  private directory: Directory;
  private text: string;

  constructor(
    provider: WebsocketProvider,
    private readonly storage: DirectoryStorage | null,
    private readonly key: string,
    private readonly onChange: () => void,
  ) {
    this.directory = load(storage, key);
    this.text = JSON.stringify(this.directory);
    provider.messageHandlers[MESSAGE_DIRECTORY] = (_encoder, decoder) => {
      this.receive(decoding.readVarString(decoder));
    };
  }

  /** The directory; the same object until the server sends a different one. */
  get = (): Directory => this.directory;

  private receive(message: string): void {
    let people: Directory;
    try {
      people = parseDirectory((JSON.parse(message) as { people?: unknown }).people);
    } catch {
      return; // Not from a Tavolo server we understand: keep what we have.
    }
    const text = JSON.stringify(people);
    if (text === this.text) return;
    this.directory = people;
    this.text = text;
    try {
      this.storage?.setItem(this.key, text);
    } catch {
      // Storage full or denied: the names still show while the page is open.
    }
    this.onChange();
  }
}

function load(storage: DirectoryStorage | null, key: string): Directory {
  try {
    const raw = storage?.getItem(key);
    return raw ? parseDirectory(JSON.parse(raw)) : EMPTY_DIRECTORY;
  } catch {
    return EMPTY_DIRECTORY;
  }
}
