import './style.css';
import { defineContentScript } from '#imports';
import { DEFAULT_NEWS_MATCHES } from '../../lib/sites';
import { PlanLensContext } from './lifetime';
import { Session } from './session';

// Wiring only. The ::highlight() rules in style.css reach the page as a stylesheet the manifest
// declares (cssInjectionMode 'manifest'): no <style> or <link> is ever added to the page.
export default defineContentScript({
  matches: [...DEFAULT_NEWS_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  noScriptStartedPostMessage: true,
  // WXT's own context ends when the page dispatches a DOM event carrying our (public) extension
  // id; ours does not listen for it (see lifetime.ts), so WXT's is left unused.
  async main() {
    await new Session(new PlanLensContext('content')).start();
  },
});
