import './style.css';
import { defineContentScript } from '#imports';
import { DEFAULT_NEWS_MATCHES } from '../../lib/sites';
import { Session } from './session';

// Wiring only. The ::highlight() rules in style.css reach the page as a stylesheet the manifest
// declares (cssInjectionMode 'manifest'): no <style> or <link> is ever added to the page.
export default defineContentScript({
  matches: [...DEFAULT_NEWS_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    await new Session(ctx).start();
  },
});
