import { expect, test } from './fixtures';

// The manifest's suggested keys are only suggestions: Chromium leaves a command without a key when
// it will not give the one suggested (Alt+Shift+N and Alt+Shift+P came back empty in Chromium 156).
test('both keyboard commands have a key assigned in Chromium', async ({ serviceWorker }) => {
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut ?? '']));
  expect(byName['next-finding']).toBe('Alt+Shift+J');
  expect(byName['previous-finding']).toBe('Alt+Shift+K');
});
