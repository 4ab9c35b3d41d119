/**
 * checker.js as the benchmark serves it: the extension's own entry (entrypoints/checker.ts), whose
 * main() gives the module's default export as WXT's ES-module build of it does. The bench page's
 * Session imports it from the page server the way the content script imports it from the extension.
 */
import definition from '../../../entrypoints/checker';

export default definition.main();
