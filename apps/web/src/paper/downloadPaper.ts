/** The formats the server exports a position-paper draft in. */
export const PAPER_FORMATS = ['docx', 'md', 'csv', 'xlsx'] as const;
export type PaperFormat = (typeof PAPER_FORMATS)[number];

/** Why a download failed, as the server said (`export_forbidden`…) or `network`. */
export class DownloadError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * Fetches a paper with the bearer credential and hands it to the browser as a file download,
 * named as the server suggests.
 */
export async function downloadPaper(
  path: string,
  credential: string,
  format: PaperFormat,
  language: 'it' | 'en',
): Promise<string> {
  let res: Response;
  try {
    res = await fetch(`${path}?format=${format}&lang=${language}`, {
      headers: { authorization: `Bearer ${credential}` },
    });
  } catch {
    throw new DownloadError('network');
  }
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { code?: string };
    throw new DownloadError(problem.code ?? `http_${res.status}`);
  }
  const name =
    /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ??
    `position-paper.${format}`;
  saveBlob(await res.blob(), name);
  return name;
}

/** Hands a downloaded file to the browser as a save. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob over; release it once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
