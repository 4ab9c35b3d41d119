/**
 * checker.js: the number checker (lib/numbers, the rules, the figures), which the content script
 * loads only on pages about the plan (entrypoints/content/checker-loader.ts), so content.js, which
 * every news page on the site list pays for, carries the term detector alone.
 *
 * wxt.config.ts builds this entry as an ES module: the object main() returns is the module's
 * default export, and the content script reads it from `import()`'s answer. No global is set: in
 * Chromium and Firefox, a module a content script imports runs in the content script's isolated
 * world, with a module map of its own, so a page that imports the same web-accessible URL gets its
 * own instance and can neither see nor replace ours (README, Privacy).
 */
import { defineUnlistedScript } from '#imports';
import { type CheckerModule, createPageChecker } from '../lib/check/page-checker';

export default defineUnlistedScript((): CheckerModule => ({ createPageChecker }));
