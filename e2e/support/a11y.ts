/**
 * Accessibility check with axe-core for WCAG 2.1 A/AA. Fails on every serious or
 * critical violation; minor and moderate ones are returned for the caller to judge.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export interface A11yViolation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  targets: string[];
}

export interface CheckA11yOptions {
  /** CSS selectors to leave out, e.g. a third-party widget being replaced. */
  exclude?: string[];
  /** axe rule ids to turn off, each with a reason in the calling test. */
  disableRules?: string[];
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const failingImpacts: ReadonlySet<ImpactValue> = new Set(['serious', 'critical']);

let axeSource: string | undefined;

function loadAxeSource(): string {
  const axeDir = path.dirname(createRequire(import.meta.url).resolve('axe-core'));
  axeSource ??= readFileSync(path.join(axeDir, 'axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe on the current page and throws, listing each serious/critical violation with
 * the offending nodes. Returns all violations otherwise.
 */
export async function checkA11y(
  page: Page,
  label: string,
  options: CheckA11yOptions = {},
): Promise<A11yViolation[]> {
  // The app's CSP forbids inline scripts, so addScriptTag({ content }) would be blocked;
  // evaluate() runs through the DevTools protocol, which CSP does not govern.
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (loaded !== true) await page.evaluate(loadAxeSource());

  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: wcagTags },
    resultTypes: ['violations'],
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
  };
  const violations = await page.evaluate(
    async ({ exclude, runOptions }) => {
      // Set by the axe source evaluated above; the page's own types do not know it.
      const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<AxeResults> } })
        .axe;
      const context = exclude.length > 0 ? { exclude: exclude.map((selector) => [selector]) } : document;
      const results = await axe.run(context, runOptions);
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? undefined,
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.map((node) => node.target.join(' ')),
      }));
    },
    { exclude: options.exclude ?? [], runOptions },
  );

  const failing = violations.filter((v) => v.impact !== undefined && failingImpacts.has(v.impact));
  if (failing.length > 0) {
    throw new Error(`Accessibility violations on "${label}" (${page.url()}):\n${formatViolations(failing)}`);
  }
  return violations;
}

export function formatViolations(violations: A11yViolation[]): string {
  return violations
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.targets.map((t) => `    at ${t}`).join('\n')}`,
    )
    .join('\n');
}
