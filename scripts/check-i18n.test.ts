import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLocales } from './check-i18n';

let dir: string | undefined;

function locales(files: Record<string, unknown>): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'samla-i18n-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('checkLocales', () => {
  it('accepts complete locales with nested keys, placeholders and plurals', () => {
    const root = locales({
      'sv/common.json': {
        nav: { home: 'Hem' },
        greeting: 'Hej {{name}}',
        rows_one: 'en rad',
        rows_other: '{{count}} rader',
      },
      'en/common.json': {
        nav: { home: 'Home' },
        greeting: 'Hi {{ name }}',
        rows_one: 'one row',
        rows_other: '{{count}} rows',
      },
    });
    expect(checkLocales(root, [])).toEqual([]);
  });

  it('reports keys missing in either direction and differing placeholders', () => {
    const root = locales({
      'sv/common.json': { save: 'Spara', greeting: 'Hej {{name}}' },
      'en/common.json': { greeting: 'Hi {{user}}', extra: 'Extra' },
    });
    expect(checkLocales(root, [])).toEqual([
      'en/common.json: missing key "save"',
      'en/common.json: key "greeting" has placeholders {user} but sv has {name}',
      'sv/common.json: missing key "extra" (present in en)',
    ]);
  });

  it('reports missing namespace files', () => {
    const root = locales({ 'sv/report.json': { a: 'A' }, 'en/admin.json': { b: 'B' } });
    expect(checkLocales(root, [])).toEqual([
      'en/admin.json: namespace missing in sv',
      'en/report.json: file missing',
    ]);
  });

  it('requires respondent namespaces in uk and ru with their plural categories', () => {
    const sv = { title: 'Rapport', weeks_one: '{{count}} vecka', weeks_other: '{{count}} veckor' };
    const root = locales({
      'sv/respondent.json': sv,
      'en/respondent.json': { title: 'Report', weeks_one: '{{count}} week', weeks_other: '{{count}} weeks' },
      'uk/respondent.json': {
        title: 'Звіт',
        weeks_one: '{{count}} тиждень',
        weeks_few: '{{count}} тижні',
        weeks_many: '{{count}} тижнів',
        weeks_other: '{{count}} тижня',
      },
      'ru/respondent.json': { weeks_one: '{{count}} неделя', weeks_other: '{{count}} недели' },
    });
    expect(checkLocales(root, ['respondent'])).toEqual([
      'ru/respondent.json: missing key "title"',
      'ru/respondent.json: missing plural form(s) "weeks_few", "weeks_many"',
    ]);
  });

  it('reports a respondent namespace without a Swedish source and invalid JSON', () => {
    const root = locales({ 'sv/common.json': '{ not json', 'en/common.json': {} });
    const problems = checkLocales(root, ['survey']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^sv\/common\.json: invalid JSON \(/);
    expect(problems[1]).toBe('sv/survey.json: respondent namespace "survey" has no Swedish source file');
  });
});
