import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The element is shown and lies wholly inside the viewport (no scrolling needed to see it). */
export async function inViewport(page: Page, locator: Locator, what: string): Promise<void> {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  const view = page.viewportSize() as { width: number; height: number };
  expect(box, what).not.toBeNull();
  const b = box as { x: number; y: number; width: number; height: number };
  expect(b.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(b.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${what} right`).toBeLessThanOrEqual(view.width + 0.5);
  expect(b.y + b.height, `${what} bottom`).toBeLessThanOrEqual(view.height + 0.5);
}
