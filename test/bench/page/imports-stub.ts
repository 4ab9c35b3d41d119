/**
 * Stands in for WXT's `#imports` when the benchmark bundles the content script's Session into a
 * plain page: an extension `browser` with no background. Messages sent to the background are
 * answered with nothing (the Session falls back to its default settings); the Session's message
 * listeners are kept, so the benchmark can ask it for its findings the way the popup does.
 */
type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;

const listeners = new Set<Listener>();

export const browser = {
  runtime: {
    id: 'plan-lens-bench',
    sendMessage: (_message: unknown): Promise<unknown> => Promise.resolve(undefined),
    onMessage: {
      addListener: (listener: Listener) => void listeners.add(listener),
      removeListener: (listener: Listener) => void listeners.delete(listener),
    },
    getURL: (path: string) => path,
  },
  i18n: {
    getMessage: () => '',
    getUILanguage: () => 'ja',
  },
};

/** Sends a message to the Session's listeners, as the popup does, and returns the first reply. */
export function sendToContent(message: unknown): unknown {
  let reply: unknown;
  for (const listener of listeners) {
    listener(message, {}, (r) => {
      reply ??= r;
    });
  }
  return reply;
}

/** For bundling the content script's own entry (its size composition): the definition as given. */
export const defineContentScript = <T>(definition: T): T => definition;

/** For bundling checker.js (entrypoints/checker.ts) the way WXT defines it: main() gives the module. */
export const defineUnlistedScript = <T>(main: () => T): { main: () => T } => ({ main });
