const UTF8 = new TextEncoder();

/**
 * A byte writer for the lib0 encodings Yjs and y-protocols use, written from their wire format
 * and not from lib0, so that the fuzzer can say things lib0's encoder never would: varints up
 * to 2^53, lengths that lie, any tag byte.
 */
export class ByteWriter {
  private buf = new Uint8Array(64);
  private len = 0;

  private reserve(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.len + extra));
    bigger.set(this.buf.subarray(0, this.len));
    this.buf = bigger;
  }

  /** One byte (its low 8 bits). */
  u8(byte: number): this {
    this.reserve(1);
    this.buf[this.len++] = byte & 0xff;
    return this;
  }

  bytes(data: Uint8Array): this {
    this.reserve(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
    return this;
  }

  /** Unsigned LEB128: 7 bits a byte, low first, the high bit saying "more". Exact up to 2^53. */
  varUint(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a varuint: ${n}`);
    let rest = n;
    while (rest > 0x7f) {
      this.u8(0x80 | (rest % 0x80));
      rest = Math.floor(rest / 0x80);
    }
    return this.u8(rest);
  }

  /** lib0's signed varint: first byte carries "more", the sign and 6 bits; then 7 bits a byte. */
  varInt(n: number): this {
    const negative = n < 0 || Object.is(n, -0);
    let rest = Math.abs(n);
    this.u8((rest > 0x3f ? 0x80 : 0) | (negative ? 0x40 : 0) | (rest % 0x40));
    rest = Math.floor(rest / 0x40);
    while (rest > 0) {
      this.u8((rest > 0x7f ? 0x80 : 0) | (rest % 0x80));
      rest = Math.floor(rest / 0x80);
    }
    return this;
  }

  /** A length-prefixed byte array. */
  varBytes(data: Uint8Array): this {
    return this.varUint(data.length).bytes(data);
  }

  /** A length-prefixed UTF-8 string. */
  varString(text: string): this {
    return this.varBytes(UTF8.encode(text));
  }

  float64(n: number): this {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, n);
    return this.bytes(new Uint8Array(view.buffer));
  }

  /** lib0's `writeAny`: a tag byte, then the value. Non-integers always go out as float64. */
  any(value: unknown): this {
    if (value === undefined) return this.u8(127);
    if (value === null) return this.u8(126);
    switch (typeof value) {
      case 'boolean':
        return this.u8(value ? 120 : 121);
      case 'string':
        return this.u8(119).varString(value);
      case 'number':
        return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff
          ? this.u8(125).varInt(value)
          : this.u8(123).float64(value);
      case 'bigint': {
        const view = new DataView(new ArrayBuffer(8));
        view.setBigInt64(0, value);
        return this.u8(122).bytes(new Uint8Array(view.buffer));
      }
      case 'object': {
        if (value instanceof Uint8Array) return this.u8(116).varBytes(value);
        if (Array.isArray(value)) {
          this.u8(117).varUint(value.length);
          for (const v of value) this.any(v);
          return this;
        }
        const entries = Object.entries(value);
        this.u8(118).varUint(entries.length);
        for (const [k, v] of entries) this.varString(k).any(v);
        return this;
      }
      default:
        throw new Error(`cannot encode ${typeof value}`);
    }
  }

  toBytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
