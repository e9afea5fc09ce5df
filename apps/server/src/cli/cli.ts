import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Where the command line runs: its environment, working folder and output. */
export interface CliContext {
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
  readonly out: (line: string) => void;
  /** The secretariat key when TAVOLO_ADMIN_KEY is not set (read from the data folder). */
  readonly fileKey: () => string | null;
}

export const USAGE = `Tavolo — riga di comando dell'operatore / operator command line

  pnpm tavolo events                                  elenca gli eventi / list events
  pnpm tavolo create-event <file.yaml|file.json>      crea un evento e i suoi tavoli / create an event and its tables
  pnpm tavolo invite <tableId> [--role participant|moderator|observer] [--hours N] [--label TEXT]
  pnpm tavolo export (--table <id> | --event <id>) [--format docx|md|csv|xlsx] [--lang it|en] [--out FILE]
  pnpm tavolo archive <eventId>                       archivia (sola lettura) / archive (read-only)
  pnpm tavolo delete-event <eventId> --yes            elimina tutto dell'evento / delete everything of it

Server: TAVOLO_URL (default http://localhost:8080). Key: TAVOLO_ADMIN_KEY or <data>/admin.key.`;

/** A failure the operator can act on; printed without a stack, exit code 1. */
export class CliError extends Error {}

function flags(args: readonly string[]) {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--'))
      named[arg.slice(2)] = args[++i]!;
    else named[arg.slice(2)] = 'true';
  }
  return { positional, named };
}

/** Runs one command; resolves with the process exit code. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [command, ...rest] = argv;
  const { positional, named } = flags(rest);
  const base = (ctx.env.TAVOLO_URL || `http://localhost:${ctx.env.PORT || 8080}`).replace(
    /\/+$/,
    '',
  );
  const key = ctx.env.TAVOLO_ADMIN_KEY || ctx.fileKey();

  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    if (!key)
      throw new CliError(
        'Nessuna chiave: imposta TAVOLO_ADMIN_KEY / no key: set TAVOLO_ADMIN_KEY.',
      );
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new CliError(`Server non raggiungibile / server unreachable: ${base} (TAVOLO_URL).`);
    }
    if (!res.ok) {
      const problem = (await res.json().catch(() => ({}))) as {
        code?: string;
        message?: string;
        fields?: Record<string, string>;
      };
      const fields = Object.entries(problem.fields ?? {})
        .map(([f, e]) => `\n  ${f}: ${e}`)
        .join('');
      throw new CliError(`${res.status} ${problem.code ?? ''} ${problem.message ?? ''}${fields}`);
    }
    return res;
  }
  const json = async (method: string, path: string, body?: unknown) =>
    // The server validated and shaped this JSON (docs/api.md); the CLI only prints it.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (await (await call(method, path, body)).json()) as Record<string, any>;
  const need = (value: string | undefined, what: string) => {
    if (!value) throw new CliError(`Manca ${what} / missing ${what}.\n\n${USAGE}`);
    return value;
  };

  switch (command) {
    case 'events': {
      const { events } = await json('GET', '/api/events');
      if (events.length === 0) ctx.out('Nessun evento / no events.');
      for (const e of events) {
        ctx.out(
          `${e.id}\t${e.date}\t${e.title}\t${e.tables} tavoli${e.archivedAt ? '\tarchiviato' : ''}`,
        );
      }
      return 0;
    }
    case 'create-event': {
      const file = resolve(ctx.cwd, need(positional[0], 'il file / the file'));
      const text = readFileSync(file, 'utf8');
      let body: unknown;
      try {
        body = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
      } catch (err) {
        throw new CliError(`${basename(file)}: ${String(err)}`);
      }
      const event = await json('POST', '/api/events', body);
      ctx.out(`Evento creato / event created: ${event.id} — ${event.title}`);
      for (const table of event.tables) {
        // Each moderator the file names has an invitation of their own already; a table that
        // names none gets one to hand out.
        type Invite = { role: string; label: string; url: string; code: string };
        const named = (table.invitations as Invite[]).filter((i) => i.role === 'moderator');
        const invites: Invite[] =
          named.length > 0
            ? named
            : [
                (await json('POST', `/api/tables/${table.id}/invitations`, {
                  role: 'moderator',
                })) as Invite,
              ];
        ctx.out(`  ${table.id}\t${table.title}`);
        for (const invite of invites) {
          const who = invite.label ? ` (${invite.label})` : '';
          ctx.out(`    moderatore / moderator${who}: ${invite.url}  (codice ${invite.code})`);
        }
      }
      return 0;
    }
    case 'invite': {
      const tableId = need(positional[0], 'il tavolo / the table');
      const invite = await json('POST', `/api/tables/${tableId}/invitations`, {
        role: named.role ?? 'participant',
        ...(named.label ? { label: named.label } : {}),
        ...(named.hours ? { expiresInHours: Number(named.hours) } : {}),
      });
      ctx.out(
        `${invite.url}\ncodice / code: ${invite.code}\nscade / expires: ${new Date(invite.expiresAt).toISOString()}`,
      );
      return 0;
    }
    case 'export': {
      const format = named.format ?? 'docx';
      const query = `?format=${encodeURIComponent(format)}${named.lang ? `&lang=${encodeURIComponent(named.lang)}` : ''}`;
      const path = named.table
        ? `/api/tables/${encodeURIComponent(named.table)}/paper${query}`
        : `/api/events/${encodeURIComponent(need(named.event, '--table o --event'))}/paper${query}`;
      const res = await call('GET', path);
      const suggested = /filename="([^"]+)"/.exec(
        res.headers.get('content-disposition') ?? '',
      )?.[1];
      const out = resolve(ctx.cwd, named.out ?? suggested ?? `paper.${format}`);
      writeFileSync(out, Buffer.from(await res.arrayBuffer()));
      ctx.out(`Scritto / written: ${out}`);
      return 0;
    }
    case 'archive': {
      const event = await json(
        'POST',
        `/api/events/${need(positional[0], "l'evento / the event")}/archive`,
      );
      ctx.out(`Archiviato / archived: ${event.id}`);
      return 0;
    }
    case 'delete-event': {
      const id = need(positional[0], "l'evento / the event");
      if (named.yes !== 'true')
        throw new CliError(
          `Conferma con --yes / confirm with --yes: elimina ${id} e tutti i suoi dati.`,
        );
      await call('DELETE', `/api/events/${encodeURIComponent(id)}`);
      ctx.out(`Eliminato / deleted: ${id}`);
      return 0;
    }
    default:
      ctx.out(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 1;
  }
}
