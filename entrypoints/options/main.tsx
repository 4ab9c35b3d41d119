import '../../components/common/theme.css';
import '../../components/options/options.css';
import { render } from 'preact';
import { browser } from '#imports';
import { dataVersion } from '../../components/common/data-version';
import { applyTheme } from '../../components/common/theme';
import { OptionsPage } from '../../components/options/OptionsPage';
import { dataset } from '../../lib/plan/index';
import { loadSettings } from '../../lib/settings';
import { createOptionsStore } from './store';

async function main() {
  const settings = await loadSettings(browser.storage.local);
  applyTheme(settings.theme);
  const root = document.getElementById('app');
  if (root) {
    render(
      <OptionsPage
        settings={settings}
        store={createOptionsStore()}
        browserLanguages={navigator.languages}
        data={dataVersion(dataset)}
      />,
      root,
    );
  }
}

void main();
