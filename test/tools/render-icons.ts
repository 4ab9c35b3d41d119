/**
 * Renders test/tools/icon.svg to the PNG sizes the stores and browsers ask for (public/icon/N.png).
 * Run after changing the SVG: `npx tsx test/tools/render-icons.ts`. Uses Debian's Chromium.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile(path.join(import.meta.dirname, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: path.join(ROOT, `public/icon/${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
