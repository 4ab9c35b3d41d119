import { describe, expect, it } from 'vitest';
import { packagePath } from '../../lib/sites';

describe('packagePath', () => {
  it('turns the absolute moz-extension:// URLs of Firefox’s manifest into package paths', () => {
    expect(
      packagePath('moz-extension://6f1a3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a6b/content-scripts/content.js'),
    ).toBe('content-scripts/content.js');
    expect(
      packagePath('moz-extension://6f1a3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a6b/content-scripts/content.css'),
    ).toBe('content-scripts/content.css');
  });

  it('leaves Chromium’s paths as written, and drops a leading slash', () => {
    expect(packagePath('content-scripts/content.js')).toBe('content-scripts/content.js');
    expect(packagePath('/content-scripts/content.js')).toBe('content-scripts/content.js');
    expect(packagePath('chrome-extension://abcdefghijklmnop/assets/a.css')).toBe('assets/a.css');
  });
});
