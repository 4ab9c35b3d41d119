/**
 * `#imports` for the bundle-size breakdown only (bundle-page.ts, contentComposition): the page
 * stub, plus WXT's ContentScriptContext, which the content script's lifetime extends
 * (entrypoints/content/lifetime.ts) and which ships in the real build. Not for the page bundle:
 * that module reads the extension API when it loads.
 */

export { ContentScriptContext } from 'wxt/utils/content-script-context';
export { browser, defineContentScript, sendToContent } from './imports-stub';
