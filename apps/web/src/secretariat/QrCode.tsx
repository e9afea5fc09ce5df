import { useMemo } from 'react';
import { qrShape } from './qrPath.js';

/** A QR code drawn as SVG in the browser; `label` is what a screen reader hears. */
export function QrCode({
  text,
  label,
  className,
}: {
  text: string;
  label: string;
  className?: string;
}) {
  const shape = useMemo(() => qrShape(text), [text]);
  return (
    <svg
      className={className ?? 'qr-svg'}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${shape.side} ${shape.side}`}
      shapeRendering="crispEdges"
    >
      <rect width={shape.side} height={shape.side} fill="#fff" />
      <path d={shape.path} fill="#000" />
    </svg>
  );
}
