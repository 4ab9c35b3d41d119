import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  LANG_CHOICES,
  MARK_MODES,
  type Settings,
  THEME_CHOICES,
  withOriginEnabled,
} from '../../lib/settings';
import { DEFAULT_NEWS_SITES } from '../../lib/sites';
import { DataVersion } from '../common/DataVersion';
import type { DataVersionInfo } from '../common/data-version';
import { I18nContext } from '../common/i18n-context';
import { applyTheme } from '../common/theme';
import { createTranslator, resolveLang } from '../i18n';
import { originFromInput } from './site-address';

/** Whether a default news site's origin is on (it is on unless the reader turned it off). */
function isDefaultSiteOn(settings: Settings, origin: string): boolean {
  const host = new URL(origin).host;
  return DEFAULT_NEWS_SITES.includes(host) && !settings.disabledSites.includes(host);
}

/** What the options page asks of the browser; main.tsx implements it with `browser`. */
export interface OptionsStore {
  save(patch: Partial<Settings>): Promise<Settings>;
  /** Turns a site on or off (asks for permission when needed, tells the background). */
  setSiteEnabled(origin: string, enabled: boolean): Promise<Settings>;
  /** The keys the browser gave the commands ('' where none). */
  shortcuts?(): Promise<{ name: string; shortcut: string }[]>;
}

interface Props {
  settings: Settings;
  store: OptionsStore;
  browserLanguages: readonly string[];
  /** The bundled data's version and dates. */
  data?: DataVersionInfo;
}

const COMMAND_KEYS: Record<string, string> = {
  'next-finding': 'commandNext',
  'previous-finding': 'commandPrevious',
};
const ADDRESS_ERRORS = {
  empty: 'options_add_site_empty',
  invalid: 'options_add_site_invalid',
  scheme: 'options_add_site_scheme',
};

const MARK_KEYS = { all: 'options_mark_all', problems: 'options_mark_problems', none: 'options_mark_none' };
const MARK_HINTS = {
  all: 'options_mark_all_hint',
  problems: 'options_mark_problems_hint',
  none: 'options_mark_none_hint',
};
const LANG_KEYS = { auto: 'options_lang_auto', ja: 'options_lang_ja', en: 'options_lang_en' };
const THEME_KEYS = { auto: 'options_theme_auto', light: 'options_theme_light', dark: 'options_theme_dark' };

export function OptionsPage({ settings: initial, store, browserLanguages, data }: Props) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const [address, setAddress] = useState('');
  const [addressNote, setAddressNote] = useState<{ text: string; error: boolean } | null>(null);
  const [shortcuts, setShortcuts] = useState<{ name: string; shortcut: string }[] | null>(null);
  const lang = resolveLang(settings.lang, browserLanguages);
  const i18n = useMemo(() => ({ lang, t: createTranslator(lang) }), [lang]);
  const { t } = i18n;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options_title');
  }, [lang]);
  useEffect(() => applyTheme(settings.theme), [settings.theme]);
  useEffect(() => {
    store.shortcuts?.().then(setShortcuts, () => setShortcuts(null));
  }, []);

  // Called from the form's submit, a click: the one site's permission may be asked for here.
  const addSite = (event: Event) => {
    event.preventDefault();
    const parsed = originFromInput(address);
    if (!parsed.ok) {
      setAddressNote({ text: t(ADDRESS_ERRORS[parsed.reason]), error: true });
      return;
    }
    const { origin } = parsed;
    setAddressNote(null);
    store.setSiteEnabled(origin, true).then(
      (next) => {
        setSettings(next);
        const on = next.extraOrigins.includes(origin) || isDefaultSiteOn(next, origin);
        setAddressNote({
          text: on ? t('options_add_site_done', origin) : t('options_add_site_denied', origin),
          error: !on,
        });
        if (on) setAddress('');
      },
      () => setAddressNote({ text: t('options_save_failed'), error: true }),
    );
  };

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
          <form class="pl-options__add" onSubmit={addSite} noValidate>
            <label for="opt-add-site">{t('options_add_site')}</label>
            <div class="pl-options__add-row">
              <input
                id="opt-add-site"
                type="text"
                inputMode="url"
                autocomplete="off"
                spellcheck={false}
                placeholder="example.com"
                value={address}
                onInput={(event) => setAddress(event.currentTarget.value)}
                aria-invalid={addressNote?.error === true}
                aria-describedby="opt-add-site-note"
              />
              <button type="submit" class="pl-button pl-button--primary">
                {t('options_add_site_button')}
              </button>
            </div>
            <p
              id="opt-add-site-note"
              class={addressNote?.error ? 'pl-options__error' : 'pl-note'}
              aria-live="polite"
            >
              {addressNote?.text ?? t('options_add_site_hint')}
            </p>
          </form>
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
        <section class="pl-options__section" aria-labelledby="opt-keys">
          <h2 id="opt-keys">{t('options_shortcuts')}</h2>
          {shortcuts ? (
            <ul class="pl-options__keys">
              {shortcuts
                .filter((c) => COMMAND_KEYS[c.name])
                .map((c) => (
                  <li key={c.name}>
                    <kbd>{c.shortcut || t('options_shortcut_none')}</kbd> {t(COMMAND_KEYS[c.name] ?? '')}
                  </li>
                ))}
            </ul>
          ) : null}
          <p class="pl-note">{t('kit_shortcuts_where')}</p>
          <p class="pl-note">{t('options_shortcuts_popup')}</p>
        </section>
        {data ? (
          <section class="pl-options__section" aria-labelledby="opt-data">
            <h2 id="opt-data">{t('options_data')}</h2>
            <DataVersion info={data} />
          </section>
        ) : null}
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
