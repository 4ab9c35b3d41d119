import type { ThemeChoice } from '../../lib/settings';

/** Applies the reader's theme: "auto" leaves it to prefers-color-scheme (see theme.css). */
export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
