import { defineContentScript } from '#imports';
import { DEFAULT_NEWS_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: [...DEFAULT_NEWS_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  noScriptStartedPostMessage: true,
  main() {},
});
