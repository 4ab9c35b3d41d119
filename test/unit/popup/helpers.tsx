import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { PageState, PopupBridge } from '../../../components/popup/bridge';
import { Popup, type PopupProps } from '../../../components/popup/Popup';
import type { Findings } from '../../../lib/check/types';
import { dataset } from '../../../lib/plan/index';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

export function fakeBridge(page: PageState = { kind: 'no-tab' }) {
  return {
    loadPage: vi.fn(async () => page),
    showFinding: vi.fn(async (_index: number) => undefined),
    setSiteEnabled: vi.fn(async (_origin: string, _enabled: boolean) => true),
    saveSettings: vi.fn(async (patch: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...patch })),
    openOptions: vi.fn(),
    copy: vi.fn(async (_text: string) => undefined),
  } satisfies PopupBridge;
}

export const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

export async function renderPopup(props: Partial<PopupProps> = {}) {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById('app') as HTMLElement;
  const bridge = (props.bridge as ReturnType<typeof fakeBridge>) ?? fakeBridge();
  const check = props.check ?? vi.fn(async (): Promise<Findings> => ({ mentions: [], claims: [] }));
  await act(() => {
    render(
      <Popup
        dataset={dataset}
        settings={DEFAULT_SETTINGS}
        browserLanguages={['ja-JP']}
        today={() => new Date(2026, 0, 5)}
        {...props}
        bridge={bridge}
        check={check}
      />,
      root,
    );
  });
  await flush();
  return { root, bridge, check };
}

export const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) =>
  root.querySelector<T & Element>(selector) as T;
export const $$ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) => [
  ...root.querySelectorAll<T & Element>(selector),
];

export async function click(element: Element | null) {
  if (!element) throw new Error('nothing to click');
  await act(() => {
    (element as HTMLElement).click();
  });
  await flush();
}

export async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
}

export async function key(element: Element, keyName: string, init: KeyboardEventInit = {}) {
  await act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, ...init }));
  });
  await flush();
}

export async function openTab(name: string) {
  const tab = $$('[role="tab"]').find((t) => t.textContent === name);
  await click(tab ?? null);
}

export { dataset };

/** Waits (in act) until the condition holds: dynamic imports take a few ticks. */
export async function until(condition: () => boolean, timeoutMs = 3000) {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}
