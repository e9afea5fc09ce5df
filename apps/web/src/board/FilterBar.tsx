import { HORIZONS, type BoardSnapshot, type CardKind, type Horizon } from '@tavolo/board';
import { useId } from 'react';
import { useT } from '../i18n/useT.js';
import { useUi } from '../ui/UiStoreContext.js';
import { filtersActive, organisationsOf } from './filterSection.js';
import { useSectionTitle } from './useSectionTitle.js';
import type { ViewerRights } from './viewerRights.js';

/** Search, filters (section, kind, organisation, horizon) and sorting; local UI state only. */
export function FilterBar({ board, rights }: { board: BoardSnapshot; rights: ViewerRights }) {
  const t = useT();
  const id = useId();
  const filters = useUi((s) => s.filters);
  const setFilters = useUi((s) => s.setFilters);
  const clearFilters = useUi((s) => s.clearFilters);
  const sectionTitle = useSectionTitle();
  const kinds = [...new Set(board.sections.map((s) => s.kind))];
  const organisations = rights.hideOthers ? [] : organisationsOf(board.sections);
  const pick = <T extends string>(value: string): T | null => (value === '' ? null : (value as T));
  const sortByVotes = rights.totalsVisible && filters.sort === 'votes';

  return (
    <details className="filter-bar">
      <summary>
        {t('filter.title')}
        {filtersActive(filters) && <span className="filter-on">{t('filter.on')}</span>}
      </summary>
      <div className="filter-fields" role="search" aria-label={t('filter.title')}>
        <label htmlFor={`${id}-q`}>{t('filter.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filters.query}
          onChange={(e) => setFilters({ query: e.target.value })}
        />
        <label htmlFor={`${id}-section`}>{t('filter.section')}</label>
        <select
          id={`${id}-section`}
          value={filters.section ?? ''}
          onChange={(e) => setFilters({ section: pick(e.target.value) })}
        >
          <option value="">{t('filter.allSections')}</option>
          {board.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {sectionTitle(s)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-kind`}>{t('filter.kind')}</label>
        <select
          id={`${id}-kind`}
          value={filters.kind ?? ''}
          onChange={(e) => setFilters({ kind: pick<CardKind>(e.target.value) })}
        >
          <option value="">{t('filter.allKinds')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-org`}>{t('filter.organisation')}</label>
        <select
          id={`${id}-org`}
          value={filters.organisation ?? ''}
          onChange={(e) => setFilters({ organisation: pick(e.target.value) })}
        >
          <option value="">{t('filter.allOrganisations')}</option>
          {organisations.map((org) => (
            <option key={org} value={org}>
              {org}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-horizon`}>{t('filter.horizon')}</label>
        <select
          id={`${id}-horizon`}
          value={filters.horizon ?? ''}
          onChange={(e) => setFilters({ horizon: pick<Horizon>(e.target.value) })}
        >
          <option value="">{t('filter.allHorizons')}</option>
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              {t(`horizon.${h}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-sort`}>{t('filter.sort')}</label>
        <select
          id={`${id}-sort`}
          value={sortByVotes ? 'votes' : 'created'}
          disabled={!rights.totalsVisible}
          aria-describedby={rights.totalsVisible ? undefined : `${id}-sort-note`}
          onChange={(e) => setFilters({ sort: e.target.value === 'votes' ? 'votes' : 'created' })}
        >
          <option value="created">{t('sort.created')}</option>
          <option value="votes">{t('sort.votes')}</option>
        </select>
        {!rights.totalsVisible && (
          <p id={`${id}-sort-note`} className="hint filter-note">
            {t('filter.sortLocked')}
          </p>
        )}
        {filtersActive(filters) && (
          <button type="button" className="link" onClick={clearFilters}>
            {t('filter.clear')}
          </button>
        )}
      </div>
    </details>
  );
}
