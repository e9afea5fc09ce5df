/** `text` cut to `max` characters with an ellipsis, for labels that name a card or group. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
