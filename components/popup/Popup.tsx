import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PlanDataset } from '../../lib/plan/schema';
import type { PopupTab } from '../../lib/search/anchors';
import type { Settings } from '../../lib/settings';
import { DataVersion } from '../common/DataVersion';
import { dataVersion } from '../common/data-version';
import { DatasetContext } from '../common/dataset-context';
import { formatDate, I18nContext } from '../common/i18n-context';
import { createTranslator, type Lang, resolveLang } from '../i18n';
import type { CheckText, PopupBridge } from './bridge';
import { loadChecker } from './bridge';
import { CheckerView } from './CheckerView';
import { FiguresView } from './FiguresView';
import { OverviewView } from './OverviewView';
import { PageView } from './PageView';
import { SearchBox } from './SearchBox';
import { TabPanel, Tabs } from './Tabs';
import { TimelineView } from './TimelineView';

export interface PopupProps {
  dataset: PlanDataset;
  bridge: PopupBridge;
  settings: Settings;
  browserLanguages: readonly string[];
  check?: CheckText;
  initialTab?: PopupTab;
  /** Today, for exports (tests pass a fixed date). */
  today?: () => Date;
}

const TAB_KEYS: Record<PopupTab, string> = {
  overview: 'popup_tab_overview',
  figures: 'popup_tab_figures',
  timeline: 'popup_tab_timeline',
  checker: 'popup_tab_checker',
  page: 'popup_tab_page',
};
const TAB_ORDER: PopupTab[] = ['overview', 'figures', 'timeline', 'checker', 'page'];

export function Popup(props: PopupProps) {
  const { dataset, bridge, browserLanguages } = props;
  const [settings, setSettings] = useState(props.settings);
  const [tab, setTab] = useState<PopupTab>(props.initialTab ?? 'overview');
  const [target, setTarget] = useState<string | null>(null);
  const lang: Lang = resolveLang(settings.lang, browserLanguages);
  const i18n = useMemo(() => ({ lang, t: createTranslator(lang) }), [lang]);
  const { t } = i18n;
  const { plan } = dataset;

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // After a search result is chosen: its tab is rendered, then its card is scrolled to and focused.
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target);
    if (!element) return;
    // A figure in a closed section (reported, comparison) is shown by opening its section.
    const fold = element.closest('details');
    if (fold) fold.open = true;
    element.scrollIntoView?.({ block: 'start' });
    element.focus({ preventScroll: true });
    element.classList.add('pl-target');
    const timer = setTimeout(() => element.classList.remove('pl-target'), 1600);
    setTarget(null);
    return () => clearTimeout(timer);
  }, [target, tab]);

  const switchLang = () => {
    const next: Lang = lang === 'ja' ? 'en' : 'ja';
    setSettings({ ...settings, lang: next });
    void bridge.saveSettings({ lang: next }).catch(() => undefined);
  };

  const jump = (nextTab: PopupTab, anchor: string) => {
    setTab(nextTab);
    setTarget(anchor);
  };

  return (
    <I18nContext.Provider value={i18n}>
      <DatasetContext.Provider value={dataset}>
        <div class="pl-popup">
          <header class="pl-header">
            <div class="pl-header__top">
              <h1 class="pl-title">
                {plan.title[lang]}
                {lang === 'en' ? (
                  <span class="pl-title__ja" lang="ja">
                    {plan.title.ja}
                  </span>
                ) : null}
              </h1>
              <div class="pl-header__actions">
                <button
                  type="button"
                  class="pl-icon-button pl-lang-switch"
                  onClick={switchLang}
                  title={t('popup_switch_language')}
                  lang={lang === 'ja' ? 'en' : 'ja'}
                >
                  {/* The visible word is the name (axe: label-content-name-mismatch); the title says more. */}
                  {t('popup_other_language')}
                </button>
                <button
                  type="button"
                  class="pl-icon-button"
                  onClick={() => bridge.openOptions()}
                  aria-label={t('popup_open_options')}
                  title={t('popup_open_options')}
                >
                  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
                    <path
                      fill="currentColor"
                      d="M19.4 13a7.8 7.8 0 0 0 0-2l2.1-1.6-2-3.4-2.5 1a7.6 7.6 0 0 0-1.7-1L15 3.3h-4l-.4 2.7a7.6 7.6 0 0 0-1.7 1l-2.5-1-2 3.4L6.6 11a7.8 7.8 0 0 0 0 2l-2.1 1.6 2 3.4 2.5-1c.5.4 1.1.8 1.7 1l.4 2.7h4l.4-2.7c.6-.2 1.2-.6 1.7-1l2.5 1 2-3.4zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
                      transform="translate(-1 0)"
                    />
                  </svg>
                </button>
              </div>
            </div>
            <p class="pl-subtitle">{plan.subtitle[lang]}</p>
            <p class="pl-dates">
              <span>
                {t('popup_approved_on')}{' '}
                <time dateTime={plan.approvedOn}>{formatDate(plan.approvedOn, lang)}</time>
              </span>
              <span aria-hidden="true"> · </span>
              <span>
                {t('popup_decided_on')}{' '}
                <time dateTime={plan.decidedOn} class="pl-dates__main">
                  {formatDate(plan.decidedOn, lang)}
                </time>
              </span>
            </p>
            <DataVersion info={dataVersion(dataset)} />
            <SearchBox onJump={jump} />
          </header>
          {/* In a landmark, like everything else in the popup (axe: region). */}
          <nav aria-label={t('popup_tabs_label')}>
            <Tabs
              tabs={TAB_ORDER.map((id) => ({ id, label: t(TAB_KEYS[id]) }))}
              selected={tab}
              onSelect={setTab}
              label={t('popup_tabs_label')}
            />
          </nav>
          <main class="pl-main">
            <TabPanel tab={tab}>
              {tab === 'overview' ? <OverviewView /> : null}
              {tab === 'figures' ? <FiguresView /> : null}
              {tab === 'timeline' ? <TimelineView /> : null}
              {tab === 'checker' ? (
                <CheckerView check={props.check ?? loadChecker} bridge={bridge} today={props.today} />
              ) : null}
              {tab === 'page' ? (
                <PageView bridge={bridge} check={props.check ?? loadChecker} today={props.today} />
              ) : null}
            </TabPanel>
          </main>
        </div>
      </DatasetContext.Provider>
    </I18nContext.Provider>
  );
}
