// One way to run axe in the browser tests: WCAG 2.2 A and AA, violations in full, passes summarised.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 level A and AA rules (axe tags). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** An axe run over `page` for WCAG A/AA (narrow it with `.include(selector)`); call `.analyze()`. */
export function wcagAxe(page: Page): AxeBuilder {
  // Legacy mode runs axe in the page in one call. The default protocol (runPartial, then finishRun in a
  // blank page it opens) serialises the results of every node and frame: 4–7× slower on our large pages
  // (the 923-row explorer: 12.4 → 3.2 s; the OLI chart page 7.3 → 1.1 s) with the same rules passed and
  // failed. Its limit, cross-origin frames, does not apply: the only frames are our own embeds.
  return new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true);
}
