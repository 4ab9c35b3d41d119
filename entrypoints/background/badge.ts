/**
 * The toolbar badge of each tab: how many findings its frames hold (mentions + claims, summed
 * over frames), red when any claim is a mismatch or a known misstatement. The counts live in
 * storage.session, so a service worker that was stopped and restarted still sums every frame.
 */
import { browser } from '#imports';

export const PROBLEM_COLOR = '#d93025';
export const NEUTRAL_COLOR = '#5f6368';

interface FrameCounts {
  count: number;
  problems: number;
}

type TabCounts = Record<string, FrameCounts>;

const keyOf = (tabId: number) => `badge:${tabId}`;

/** The badge for a tab's frames: text and colour. Pure, for tests. */
export function badgeFor(frames: TabCounts): { text: string; color: string } {
  let count = 0;
  let problems = 0;
  for (const f of Object.values(frames)) {
    count += f.count;
    problems += f.problems;
  }
  return {
    text: count === 0 ? '' : count > 999 ? '999+' : String(count),
    color: problems > 0 ? PROBLEM_COLOR : NEUTRAL_COLOR,
  };
}

// Updates for one tab run one after another: a read-modify-write must not interleave.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

async function paint(tabId: number, frames: TabCounts): Promise<void> {
  const { text, color } = badgeFor(frames);
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed meanwhile.
  }
}

export function updateFrame(tabId: number, frameId: number, counts: FrameCounts): Promise<void> {
  return serial(async () => {
    const key = keyOf(tabId);
    const stored = (await browser.storage.session.get(key))[key] as TabCounts | undefined;
    const frames: TabCounts = { ...(stored ?? {}) };
    if (counts.count === 0) delete frames[frameId];
    else frames[frameId] = { count: counts.count, problems: counts.problems };
    await browser.storage.session.set({ [key]: frames });
    await paint(tabId, frames);
  });
}

/** A tab navigated or closed: its frames start from nothing. */
export function clearTab(tabId: number): Promise<void> {
  return serial(async () => {
    await browser.storage.session.remove(keyOf(tabId));
    await paint(tabId, {});
  });
}
