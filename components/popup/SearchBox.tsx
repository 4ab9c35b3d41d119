import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemKind, PopupTab } from '../../lib/search/anchors';
import type { PlanSearch, SearchResult } from '../../lib/search/index';
import { useDataset } from '../common/dataset-context';
import { useI18n } from '../common/i18n-context';

const KIND_KEYS: Record<ItemKind, string> = {
  plan: 'search_kind_plan',
  principle: 'search_kind_principle',
  policy: 'search_kind_policy',
  instruction: 'search_kind_instruction',
  term: 'search_kind_term',
  figure: 'search_kind_figure',
  misstatement: 'search_kind_misstatement',
  chart: 'search_kind_chart',
  milestone: 'search_kind_milestone',
  reaction: 'popup_reactions_search_kind',
};

interface Props {
  onJump: (tab: PopupTab, anchor: string) => void;
}

/**
 * The search field, focused when the popup opens. The search module (and fuse.js) is loaded and
 * its index built on the first keystroke, so opening the popup costs neither.
 */
export function SearchBox({ onJump }: Props) {
  const { t, lang } = useI18n();
  const { dataset } = useDataset();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const engine = useRef<Promise<PlanSearch> | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const run = async (text: string) => {
    setQuery(text);
    if (!text.trim()) {
      setResults([]);
      return;
    }
    engine.current ??= import('../../lib/search/index').then((m) => m.createSearch(dataset));
    const search = await engine.current;
    // A later keystroke may have answered already; only the latest query's results are shown.
    if (input.current && input.current.value !== text) return;
    setResults(search.search(text));
  };

  const choose = (result: SearchResult) => {
    setQuery('');
    setResults([]);
    onJump(result.doc.tab, result.doc.anchor);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && results[0]) {
      event.preventDefault();
      choose(results[0]);
    } else if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      list.current?.querySelector<HTMLElement>('button')?.focus();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      void run('');
    }
  };

  const onListKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') buttons[Math.min(index + 1, buttons.length - 1)]?.focus();
    else if (event.key === 'ArrowUp') (index <= 0 ? input.current : buttons[index - 1])?.focus();
    else if (event.key === 'Escape') input.current?.focus();
    else return;
    event.preventDefault();
  };

  const showing = query.trim().length > 0;
  return (
    <search class="pl-search">
      <label class="pl-visually-hidden" for="pl-search-input">
        {t('search_label')}
      </label>
      <span class="pl-search__icon">
        <svg viewBox="0 0 20 20" width="14" height="14" focusable="false" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </span>
      <input
        id="pl-search-input"
        ref={input}
        class="pl-search__input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('search_placeholder')}
        value={query}
        onInput={(event) => void run(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        aria-describedby="pl-search-status"
        // Only while the list exists: an id that points at nothing is invalid (axe: aria-valid-attr-value).
        aria-controls={showing && results.length > 0 ? 'pl-search-results' : undefined}
      />
      <p id="pl-search-status" class="pl-visually-hidden" aria-live="polite">
        {showing ? t('search_count', results.length) : ''}
      </p>
      {showing ? (
        <div class="pl-search__results">
          {results.length === 0 ? (
            <p class="pl-search__empty">{t('search_no_results')}</p>
          ) : (
            <ul id="pl-search-results" ref={list} class="pl-search__list" onKeyDown={onListKeyDown}>
              {results.map((result) => (
                <li key={result.doc.anchor}>
                  <button type="button" class="pl-search__result" onClick={() => choose(result)}>
                    <span class="pl-search__kind">{t(KIND_KEYS[result.doc.kind])}</span>
                    <span class="pl-search__title">{result.doc.title[lang]}</span>
                    <span class="pl-search__detail">{result.doc.detail[lang]}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </search>
  );
}
