import { useQuery } from '@tanstack/react-query';
import { useT } from '../i18n/useT.js';
import { LanguageSwitch } from './LanguageSwitch.js';

interface TableSummary {
  readonly id: string;
  readonly title: string;
}

async function fetchTables(): Promise<TableSummary[]> {
  const res = await fetch('/api/tables');
  if (!res.ok) throw new Error(`GET /api/tables: ${res.status}`);
  return ((await res.json()) as { tables: TableSummary[] }).tables;
}

/** The landing page: the tables on this server. */
export function Home() {
  const t = useT();
  const tables = useQuery({ queryKey: ['tables'], queryFn: fetchTables });
  return (
    <div className="page">
      <header className="topbar">
        <div>
          <h1 className="brand">{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main className="home">
        <p className="home-code">
          <a href="/entra">{t('code.haveCode')}</a>
        </p>
        <h2>{t('home.title')}</h2>
        {tables.isPending && <p>{t('home.loading')}</p>}
        {tables.isError && <p role="alert">{t('home.error')}</p>}
        {tables.data?.length === 0 && <p>{t('home.empty')}</p>}
        <ul className="table-list">
          {tables.data?.map((table) => (
            <li key={table.id}>
              <a href={`/t/${table.id}`}>{table.title}</a>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
