/** How many characters of the title a file name keeps, at most, cut between words. */
export const TITLE_LENGTH = 60;

/** Letters that have no ASCII form by taking their accents off. */
const SPELLED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** A file name twice: in ASCII for every client, and in Unicode for those that read RFC 6266's `filename*`. */
export interface DownloadName {
  readonly ascii: string;
  readonly unicode: string;
}

/**
 * The name of a downloaded paper, `position-paper-<title>-<YYYY-MM-DD>.<format>`, from the
 * paper's title (the event's or the table's) and the event's date: lower case, words joined by
 * hyphens, at most TITLE_LENGTH characters of title, cut between words, never inside one.
 */
export function paperFileName(title: string, date: string, format: string): DownloadName {
  const name = (slug: string) =>
    ['position-paper', slug, date].filter((part) => part !== '').join('-') + `.${format}`;
  return { ascii: name(asciiSlug(title)), unicode: name(unicodeSlug(title)) };
}

/**
 * A `Content-Disposition` header for a download: the ASCII name in `filename` (clients that
 * read only that still get a readable name) and the Unicode one in `filename*` (RFC 6266, with
 * RFC 8187's UTF-8 percent-encoding), which browsers prefer when both are there.
 */
export function contentDisposition(name: DownloadName): string {
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeRfc8187(name.unicode)}`;
}

/** "Attrattività & talenti" -> "attrattivita-talenti". */
export function asciiSlug(title: string): string {
  const plain = [...title.normalize('NFKD').toLowerCase()]
    .map((c) => SPELLED[c] ?? c)
    .join('')
    .replace(/\p{M}+/gu, '');
  return cutBetweenWords(plain.split(/[^a-z0-9]+/));
}

/** "Attrattività & talenti" -> "attrattività-talenti": letters of any script are kept. */
export function unicodeSlug(title: string): string {
  return cutBetweenWords(
    title
      .normalize('NFC')
      .toLocaleLowerCase()
      .split(/[^\p{L}\p{N}\p{M}]+/u),
  );
}

/** Words joined by hyphens, as many whole words as fit in TITLE_LENGTH characters. */
function cutBetweenWords(words: readonly string[]): string {
  let slug = '';
  for (const word of words.filter((w) => w !== '')) {
    const next = slug === '' ? word : `${slug}-${word}`;
    // A single word longer than the limit is cut: it is not a word a reader would recognise.
    if ([...next].length > TITLE_LENGTH) return slug || [...word].slice(0, TITLE_LENGTH).join('');
    slug = next;
  }
  return slug;
}

/** Percent-encodes everything but RFC 8187's attr-char (letters, digits and !#$&+-.^_`|~). */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
