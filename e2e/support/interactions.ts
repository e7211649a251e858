/**
 * Counts user interactions so a test can assert a flow's cost ("at most 2 interactions").
 * One click, one key press, or filling one field (a single act of typing) counts as one.
 * Drive the page through this wrapper for the steps being counted.
 */
import type { Locator, Page } from 'playwright-core';

export interface CountedInteractions {
  readonly count: number;
  click(target: Locator | string): Promise<void>;
  press(key: string): Promise<void>;
  fill(target: Locator | string, value: string): Promise<void>;
  reset(): void;
}

export function countInteractions(page: Page): CountedInteractions {
  let count = 0;
  const locate = (target: Locator | string): Locator =>
    typeof target === 'string' ? page.locator(target) : target;
  return {
    get count() {
      return count;
    },
    async click(target) {
      count++;
      await locate(target).click();
    },
    async press(key) {
      count++;
      await page.keyboard.press(key);
    },
    async fill(target, value) {
      count++;
      await locate(target).fill(value);
    },
    reset() {
      count = 0;
    },
  };
}
