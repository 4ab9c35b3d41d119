import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  LANG_CHOICES,
  MARK_MODES,
  type Settings,
  THEME_CHOICES,
  withOriginEnabled,
} from '../../lib/settings';
import { DEFAULT_NEWS_SITES } from '../../lib/sites';
import { I18nContext } from '../common/i18n-context';
import { applyTheme } from '../common/theme';
import { createTranslator, resolveLang } from '../i18n';

/** What the options page asks of the browser; main.tsx implements it with `browser`. */
export interface OptionsStore {
  save(patch: Partial<Settings>): Promise<Settings>;
  /** Turns a site on or off (asks for permission when needed, tells the background). */
  setSiteEnabled(origin: string, enabled: boolean): Promise<Settings>;
}

interface Props {
  settings: Settings;
  store: OptionsStore;
  browserLanguages: readonly string[];
}

const MARK_KEYS = { all: 'options_mark_all', problems: 'options_mark_problems', none: 'options_mark_none' };
const MARK_HINTS = {
  all: 'options_mark_all_hint',
  problems: 'options_mark_problems_hint',
  none: 'options_mark_none_hint',
};
const LANG_KEYS = { auto: 'options_lang_auto', ja: 'options_lang_ja', en: 'options_lang_en' };
const THEME_KEYS = { auto: 'options_theme_auto', light: 'options_theme_light', dark: 'options_theme_dark' };

export function OptionsPage({ settings: initial, store, browserLanguages }: Props) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const lang = resolveLang(settings.lang, browserLanguages);
  const i18n = useMemo(() => ({ lang, t: createTranslator(lang) }), [lang]);
  const { t } = i18n;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options_title');
  }, [lang]);
  useEffect(() => applyTheme(settings.theme), [settings.theme]);

  const commit = (work: Promise<Settings>) => {
    setStatus('');
    work.then(
      (next) => {
        setSettings(next);
        setStatus(t('options_saved'));
      },
      () => setStatus(t('options_save_failed')),
    );
  };
  const save = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    commit(store.save(patch));
  };

  return (
    <I18nContext.Provider value={i18n}>
      <main class="pl-options">
        <header class="pl-options__header">
          <h1>{t('options_title')}</h1>
          <p class="pl-note">{t('options_privacy')}</p>
        </header>

        <section class="pl-options__section" aria-labelledby="opt-sites">
          <h2 id="opt-sites">{t('options_sites')}</h2>
          <p class="pl-note">{t('options_sites_hint')}</p>
          <ul class="pl-options__sites">
            {DEFAULT_NEWS_SITES.map((site) => {
              const on = !settings.disabledSites.includes(site);
              return (
                <li key={site}>
                  <label class="pl-options__check">
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={(event) => {
                        const enabled = event.currentTarget.checked;
                        // Show the change at once: a controlled checkbox would otherwise snap back
                        // until storage answers.
                        setSettings(withOriginEnabled(settings, `https://${site}`, enabled));
                        commit(store.setSiteEnabled(`https://${site}`, enabled));
                      }}
                    />
                    <span>{site}</span>
                  </label>
                </li>
              );
            })}
          </ul>
          <h3>{t('options_extra_sites')}</h3>
          {settings.extraOrigins.length === 0 ? (
            <p class="pl-note">{t('options_extra_none')}</p>
          ) : (
            <ul class="pl-options__extra">
              {settings.extraOrigins.map((origin) => (
                <li key={origin}>
                  <span class="pl-options__origin">{origin}</span>
                  <button
                    type="button"
                    class="pl-button"
                    aria-label={t('options_remove_site', origin)}
                    onClick={() => commit(store.setSiteEnabled(origin, false))}
                  >
                    {t('options_remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <RadioGroup
          id="opt-mark"
          legend={t('options_mark')}
          name="mark"
          value={settings.mark}
          choices={MARK_MODES}
          label={(c) => t(MARK_KEYS[c])}
          hint={(c) => t(MARK_HINTS[c])}
          onChange={(mark) => save({ mark })}
        />
        <RadioGroup
          id="opt-lang"
          legend={t('options_lang')}
          name="lang"
          value={settings.lang}
          choices={LANG_CHOICES}
          label={(c) => t(LANG_KEYS[c])}
          onChange={(value) => save({ lang: value })}
        />
        <RadioGroup
          id="opt-theme"
          legend={t('options_theme')}
          name="theme"
          value={settings.theme}
          choices={THEME_CHOICES}
          label={(c) => t(THEME_KEYS[c])}
          onChange={(theme) => save({ theme })}
        />
        <p class="pl-options__status" role="status">
          {status}
        </p>
      </main>
    </I18nContext.Provider>
  );
}

interface RadioProps<T extends string> {
  id: string;
  legend: string;
  name: string;
  value: T;
  choices: readonly T[];
  label: (choice: T) => string;
  hint?: (choice: T) => string;
  onChange: (choice: T) => void;
}

function RadioGroup<T extends string>({
  id,
  legend,
  name,
  value,
  choices,
  label,
  hint,
  onChange,
}: RadioProps<T>) {
  return (
    <fieldset class="pl-options__section pl-options__radios" id={id}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice} class="pl-options__radio">
          <input
            type="radio"
            name={name}
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          <span>
            {label(choice)}
            {hint ? <span class="pl-options__hint">{hint(choice)}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
