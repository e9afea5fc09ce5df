import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { env } from 'node:process';
import { pathToFileURL } from 'node:url';

const INSTALL_HINT =
  'LibreOffice is needed to check that the DOCX converts to PDF. Install it with ' +
  '`apt-get install -y libreoffice-writer-nogui` (Debian/Ubuntu) or ' +
  '`brew install --cask libreoffice` (macOS), so that `soffice` is on the PATH, then rerun.';

/** Where `soffice` is, or null. */
function findSoffice(): string | null {
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  const candidates = [
    ...dirs.map((d) => join(d, 'soffice')),
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ];
  return candidates.find((c) => existsSync(c)) ?? null;
}

/**
 * The `soffice` binary. When it is missing, tries to install LibreOffice Writer with apt-get
 * (refreshing the package lists once if the first attempt fails); when that is impossible,
 * throws an error that says what to install. Never returns without a binary.
 */
export function requireSoffice(): string {
  const found = findSoffice();
  if (found) return found;
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, { encoding: 'utf8', timeout: 15 * 60_000 }).status === 0;
  const installed =
    apt(['install', '-y', 'libreoffice-writer-nogui']) ||
    (apt(['update']) && apt(['install', '-y', 'libreoffice-writer-nogui']));
  const after = installed ? findSoffice() : null;
  if (!after) throw new Error(INSTALL_HINT);
  return after;
}

/**
 * Converts a file to PDF with headless LibreOffice into `outDir`, using a private profile so
 * parallel runs do not collide; returns the PDF's path or throws with LibreOffice's output.
 */
export function convertToPdf(soffice: string, file: string, outDir: string, profile: string) {
  const result = spawnSync(
    soffice,
    [
      '--headless',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      file,
    ],
    { encoding: 'utf8', timeout: 5 * 60_000 },
  );
  const pdf = join(outDir, file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '.pdf'));
  if (result.status !== 0 || !existsSync(pdf)) {
    throw new Error(
      `LibreOffice could not convert ${file} (exit ${result.status}): ` +
        `${result.error?.message ?? ''} ${result.stderr ?? ''} ${result.stdout ?? ''}`,
    );
  }
  return pdf;
}
