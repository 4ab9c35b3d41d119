import '../../components/common/theme.css';
import '../../components/welcome/welcome.css';
import { render } from 'preact';
import { browser } from '#imports';
import { applyTheme } from '../../components/common/theme';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { loadSettings } from '../../lib/settings';

/** The first-run page, opened once on install (entrypoints/background/first-run.ts). */
async function main() {
  const settings = await loadSettings(browser.storage.local);
  applyTheme(settings.theme);
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <WelcomePage
      settings={settings}
      browserLanguages={navigator.languages}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
}

void main();
