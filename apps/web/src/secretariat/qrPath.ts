import { create } from 'qrcode';

/** Light modules around the code, as the QR specification asks, so phones find its edges. */
export const QUIET_ZONE = 4;

/** A QR code as one SVG path of unit squares, and the side of its square viewBox. */
export interface QrShape {
  readonly path: string;
  readonly side: number;
}

/** Encodes `text` (medium error correction) as an SVG path; pure, so it renders synchronously. */
export function qrShape(text: string): QrShape {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { path: parts.join(''), side: modules.size + 2 * QUIET_ZONE };
}
