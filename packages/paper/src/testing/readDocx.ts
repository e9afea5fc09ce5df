import JSZip from 'jszip';

/** A paragraph of word/document.xml: its style, list numbering and text. */
export interface DocxParagraph {
  readonly style: string | null;
  readonly numbering: { readonly level: number; readonly numId: string } | null;
  readonly text: string;
}

/** What a test needs from a .docx: body in order, tables as text grids, footnotes, raw parts. */
export interface DocxContents {
  /** Paragraphs and tables of the body, in document order. */
  readonly body: readonly (DocxParagraph | { readonly table: string[][] })[];
  readonly paragraphs: readonly DocxParagraph[];
  readonly tables: readonly string[][][];
  readonly footnotes: readonly string[];
  /** Every XML part of the package by path, for searching the whole file. */
  readonly parts: Readonly<Record<string, string>>;
  readonly documentXml: string;
}

/** Unzips a .docx and reads its body the way a test needs it. */
export async function readDocx(bytes: Uint8Array): Promise<DocxContents> {
  const parts = await readParts(bytes);
  const documentXml = parts['word/document.xml'] ?? '';
  const body: DocxContents['body'][number][] = [];
  for (const match of documentXml.matchAll(
    /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?=[ >])[\s\S]*?<\/w:p>/g,
  )) {
    body.push(
      match[0].startsWith('<w:tbl>') ? { table: readTable(match[0]) } : readParagraph(match[0]),
    );
  }
  const footnotes = [
    ...(parts['word/footnotes.xml'] ?? '').matchAll(
      /<w:footnote [^>]*w:id="(\d+)"[\s\S]*?<\/w:footnote>/g,
    ),
  ]
    .filter((m) => Number(m[1]) > 0)
    .map((m) => textOf(m[0]));
  return {
    body,
    paragraphs: body.filter((b): b is DocxParagraph => !('table' in b)),
    tables: body.flatMap((b) => ('table' in b ? [b.table] : [])),
    footnotes,
    parts,
    documentXml,
  };
}

/** Every XML part of an Office package (docx or xlsx), decoded. */
export async function readParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(path)) parts[path] = await file.async('string');
  }
  return parts;
}

/** All the text an Office package holds, entities decoded, one part after another. */
export async function allText(bytes: Uint8Array): Promise<string> {
  const parts = await readParts(bytes);
  return Object.values(parts).map(decode).join('\n');
}

function readParagraph(xml: string): DocxParagraph {
  const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? null;
  const numPr = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(xml);
  return {
    style,
    numbering: numPr ? { level: Number(numPr[1]), numId: numPr[2]! } : null,
    text: textOf(xml),
  };
}

function readTable(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])),
  );
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
