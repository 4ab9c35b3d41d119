import { useEffect, useMemo } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { DEFAULT_NEWS_SITES } from '../../lib/sites';
import { I18nContext } from '../common/i18n-context';
import { StatusLegend } from '../common/StatusLegend';
import { createTranslator, resolveLang } from '../i18n';

interface Props {
  settings: Settings;
  browserLanguages: readonly string[];
  openOptions: () => void;
}

/** The four ways a mark is drawn on a page (entrypoints/content/style.css), by line as well as colour. */
const MARKS = [
  { kind: 'mention', sample: 'welcome_mark_mention_sample', words: 'welcome_mark_mention' },
  { kind: 'match', sample: 'welcome_mark_match_sample', words: 'welcome_mark_match' },
  { kind: 'problem', sample: 'welcome_mark_problem_sample', words: 'welcome_mark_problem' },
  { kind: 'not-in-plan', sample: 'welcome_mark_not_in_plan_sample', words: 'welcome_mark_not_in_plan' },
] as const;

/** What a new reader needs once: the marks, where Plan Lens runs, switching it, privacy, keys. */
export function WelcomePage({ settings, browserLanguages, openOptions }: Props) {
  const lang = resolveLang(settings.lang, browserLanguages);
  const i18n = useMemo(() => ({ lang, t: createTranslator(lang) }), [lang]);
  const { t } = i18n;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('welcome_title');
  }, [lang]);
  return (
    <I18nContext.Provider value={i18n}>
      <main class="pl-welcome">
        <h1>{t('welcome_title')}</h1>
        <p class="pl-welcome__lead">{t('welcome_lead')}</p>

        <section aria-labelledby="welcome-marks">
          <h2 id="welcome-marks">{t('welcome_marks')}</h2>
          <ul class="pl-welcome__marks">
            {MARKS.map((mark) => (
              <li key={mark.kind}>
                <span class={`pl-mark-sample pl-mark-sample--${mark.kind}`}>{t(mark.sample)}</span>
                <span>{t(mark.words)}</span>
              </li>
            ))}
          </ul>
          <p class="pl-note">{t('welcome_marks_card')}</p>
          <div class="pl-card">
            <StatusLegend />
          </div>
        </section>

        <section aria-labelledby="welcome-where">
          <h2 id="welcome-where">{t('welcome_where')}</h2>
          <p>{t('welcome_where_text', DEFAULT_NEWS_SITES.length)}</p>
          <p>{t('welcome_switch_text')}</p>
          <button type="button" class="pl-button" onClick={openOptions}>
            {t('welcome_open_options')}
          </button>
        </section>

        <section aria-labelledby="welcome-privacy">
          <h2 id="welcome-privacy">{t('welcome_privacy')}</h2>
          <p>{t('welcome_privacy_text')}</p>
        </section>

        <section aria-labelledby="welcome-keys">
          <h2 id="welcome-keys">{t('welcome_keys')}</h2>
          <p>{t('welcome_keys_text')}</p>
          <p class="pl-note">{t('kit_shortcuts_where')}</p>
        </section>
      </main>
    </I18nContext.Provider>
  );
}
