import '../../components/common/theme.css';
import '../../components/popup/popup.css';
import { render } from 'preact';
import { browser } from '#imports';
import { applyTheme } from '../../components/common/theme';
import { Popup } from '../../components/popup/Popup';
import { dataset } from '../../lib/plan/index';
import { loadSettings } from '../../lib/settings';
import { createPopupBridge } from './bridge';

async function main() {
  const settings = await loadSettings(browser.storage.local);
  applyTheme(settings.theme);
  const tab = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <Popup
      dataset={dataset}
      bridge={createPopupBridge(Number.isInteger(tab) ? tab : null)}
      settings={settings}
      browserLanguages={navigator.languages}
    />,
    root,
  );
  // Preact renders synchronously: the header is in the DOM now (measured by the e2e speed test).
  performance.mark('pl-first-render');
}

void main();
