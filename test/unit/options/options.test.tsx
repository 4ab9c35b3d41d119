// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsStore } from '../../../components/options/OptionsPage';
import { DEFAULT_SETTINGS, type Settings, withOriginEnabled } from '../../../lib/settings';
import { DEFAULT_NEWS_SITES } from '../../../lib/sites';

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

async function renderOptions(settings: Settings = DEFAULT_SETTINGS, languages = ['ja']) {
  document.body.innerHTML = '<div id="app"></div>';
  document.documentElement.removeAttribute('data-theme');
  let current = settings;
  const store = {
    save: vi.fn(async (patch: Partial<Settings>) => {
      current = { ...current, ...patch };
      return current;
    }),
    setSiteEnabled: vi.fn(async (origin: string, enabled: boolean) => {
      current = withOriginEnabled(current, origin, enabled);
      return current;
    }),
  } satisfies OptionsStore;
  await act(() => {
    render(
      <OptionsPage settings={settings} store={store} browserLanguages={languages} />,
      document.getElementById('app') as HTMLElement,
    );
  });
  return store;
}

const checkbox = (label: string) =>
  [...document.querySelectorAll('label')]
    .find((l) => l.textContent === label)
    ?.querySelector('input') as HTMLInputElement;

async function choose(input: HTMLInputElement) {
  await act(() => {
    input.click();
  });
  await flush();
}

describe('options page', () => {
  it('lists every default news site with a labelled switch, and turns one off', async () => {
    const store = await renderOptions();
    expect(document.querySelector('h1')?.textContent).toBe('Plan Lensの設定');
    for (const site of DEFAULT_NEWS_SITES) expect(checkbox(site)?.checked, site).toBe(true);
    await choose(checkbox('nikkei.com'));
    expect(store.setSiteEnabled).toHaveBeenCalledWith('https://nikkei.com', false);
    expect(checkbox('nikkei.com').checked).toBe(false);
    expect(document.querySelector('[role="status"]')?.textContent).toBe('保存しました');
  });

  it('lists the extra sites and removes one', async () => {
    const store = await renderOptions({ ...DEFAULT_SETTINGS, extraOrigins: ['https://example.org'] });
    const remove = document.querySelector<HTMLButtonElement>('[aria-label="https://example.orgを削除"]');
    expect(remove).not.toBeNull();
    await act(() => remove?.click());
    await flush();
    expect(store.setSiteEnabled).toHaveBeenCalledWith('https://example.org', false);
    expect(document.body.textContent).toContain('まだありません');
  });

  it('saves what to mark, the language and the theme', async () => {
    const store = await renderOptions();
    const radio = (name: string, value: string) =>
      document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`) as HTMLInputElement;
    expect(radio('mark', 'all').checked).toBe(true);
    await choose(radio('mark', 'problems'));
    expect(store.save).toHaveBeenLastCalledWith({ mark: 'problems' });
    await choose(radio('theme', 'dark'));
    expect(store.save).toHaveBeenLastCalledWith({ theme: 'dark' });
    expect(document.documentElement.dataset.theme).toBe('dark');
    await choose(radio('lang', 'en'));
    expect(store.save).toHaveBeenLastCalledWith({ lang: 'en' });
    expect(document.querySelector('h1')?.textContent).toBe('Plan Lens settings');
    // Every group is a fieldset with a legend.
    expect([...document.querySelectorAll('fieldset legend')].map((l) => l.textContent)).toEqual([
      'What to mark',
      'Language',
      'Theme',
    ]);
  });

  it('follows the browser language when set to automatic', async () => {
    await renderOptions(DEFAULT_SETTINGS, ['en-GB']);
    expect(document.querySelector('h1')?.textContent).toBe('Plan Lens settings');
  });
});
