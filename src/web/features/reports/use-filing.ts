import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, ImpactCriteria, ImpactLevel } from '../../../core/reports/answers';
import { compareAnswers } from '../../../core/reports/carry-over';
import { impactFromCriteria } from '../../../core/reports/impact';
import { ApiError, api } from '../../api/client';
import { formatNumber, parseLocaleNumber } from '../../i18n/format';
import { checkAnswers, type FormErrors, noErrors, readConflict, toFormErrors } from './form-errors';
import {
  completeCriteria,
  type ImpactMethod,
  initialMethods,
  withArea,
  withFigure,
  withText,
} from './form-model';
import type { ConflictDetails, ReportForm, ReportSummary, SubmitResult } from './report-types';

/** Drafts save this long after the last change. */
export const AUTOSAVE_MS = 1500;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'invalid' }
  | { kind: 'failed' };

function figureTexts(answers: Answers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers.figures)) {
    out[key] = value === null ? '' : formatNumber(value, { useGrouping: false, maximumFractionDigits: 6 });
  }
  return out;
}

function partialCriteria(answers: Answers): Record<string, Partial<ImpactCriteria>> {
  const out: Record<string, Partial<ImpactCriteria>> = {};
  for (const [key, area] of Object.entries(answers.areas))
    out[key] = area.criteria ? { ...area.criteria } : {};
  return out;
}

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * State and actions of the filing form: edits, autosave of drafts (debounced, with the
 * version the draft was based on), submit and "nothing has changed" (both retry-safe with
 * an idempotency key), and the conflict when someone else saved in between.
 */
export function useFiling(
  form: ReportForm,
  orgId: string,
  onSubmitted: (result: SubmitResult) => void,
  onDiscarded: () => void = () => {},
) {
  const { t, i18n } = useTranslation(['reports', 'errors', 'common']);
  const def = form.template.definition;
  const base = `/api/rounds/${form.round.id}/reports/${orgId}`;
  const [answers, setAnswers] = useState<Answers>(form.answers);
  const [methods, setMethods] = useState(() => initialMethods(def, form.answers));
  const [partial, setPartial] = useState(() => partialCriteria(form.answers));
  const [figureText, setFigureText] = useState(() => figureTexts(form.answers));
  const [report, setReport] = useState<ReportSummary | null>(form.report);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictDetails['current'] | null>(null);
  const [busy, setBusy] = useState(false);

  const answersRef = useRef(answers);
  const figureTextRef = useRef(figureText);
  const version = useRef(form.report?.version ?? 0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const submitKey = useRef<string | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        setConflict(readConflict(error.details));
        return;
      }
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setErrors(toFormErrors(def, error.fieldErrors, methods, t, i18n.language));
        return;
      }
      setFailure(error instanceof ApiError ? error.message : t('common:errors.unexpected'));
    },
    [def, methods, t, i18n.language],
  );

  const saveDraft = useCallback((): Promise<void> => {
    if (!form.canFile) return Promise.resolve();
    const current = answersRef.current;
    if (checkAnswers(def, current, figureTextRef.current, 'draft').length > 0) {
      setSaveState({ kind: 'invalid' });
      return Promise.resolve();
    }
    setSaveState({ kind: 'saving' });
    const run = inFlight.current.then(() =>
      api
        .put<{ report: ReportSummary }>(`${base}/draft`, { answers: current, baseVersion: version.current })
        .then((result) => {
          version.current = result.report.version;
          setReport(result.report);
          setSaveState({ kind: 'saved', at: result.report.updatedAt });
        })
        .catch((error: unknown) => {
          setSaveState({ kind: 'failed' });
          if (error instanceof ApiError && error.code === 'version_conflict') showError(error);
        }),
    );
    inFlight.current = run;
    return run;
  }, [form.canFile, def, base, showError]);

  const edit = useCallback(
    (change: (current: Answers) => Answers) => {
      const next = change(answersRef.current);
      answersRef.current = next;
      setAnswers(next);
      submitKey.current = null;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveDraft(), AUTOSAVE_MS);
    },
    [saveDraft],
  );

  /** Lets pending and running saves finish, so a submit names the latest version. */
  const settle = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
      await saveDraft();
    }
    await inFlight.current;
  }, [saveDraft]);

  const file = useCallback(
    async (path: 'submit' | 'unchanged') => {
      setFailure(null);
      await settle();
      if (path === 'submit') {
        const problems = checkAnswers(def, answersRef.current, figureTextRef.current, 'submit');
        setErrors(toFormErrors(def, problems, methods, t, i18n.language));
        if (problems.length > 0) return;
      }
      setBusy(true);
      submitKey.current ??= newKey();
      try {
        const body =
          path === 'submit' ? { answers: answersRef.current, baseVersion: version.current } : undefined;
        const result = await api.post<SubmitResult>(`${base}/${path}`, body, {
          headers: { 'Idempotency-Key': submitKey.current },
        });
        submitKey.current = null;
        onSubmitted(result);
      } catch (error) {
        showError(error);
      } finally {
        setBusy(false);
      }
    },
    [settle, def, methods, t, i18n.language, base, onSubmitted, showError],
  );

  /** Throws the unsubmitted changes of a submitted report away; the page then reloads the submitted answers. */
  const discard = useCallback(async () => {
    setFailure(null);
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await inFlight.current;
    setBusy(true);
    try {
      await api.delete(`${base}/draft?baseVersion=${version.current}`);
      onDiscarded();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }, [base, onDiscarded, showError]);

  const replaceAnswers = useCallback(
    (next: Answers) => {
      answersRef.current = next;
      setAnswers(next);
      setMethods(initialMethods(def, next));
      setPartial(partialCriteria(next));
      const texts = figureTexts(next);
      figureTextRef.current = texts;
      setFigureText(texts);
    },
    [def],
  );

  const actions = useMemo(
    () => ({
      setMethod: (area: string, method: ImpactMethod) => {
        setMethods((m) => ({ ...m, [area]: method }));
        setPartial((p) => ({ ...p, [area]: {} }));
        edit((a) =>
          withArea(a, area, method === 'direct' ? { criteria: null } : { criteria: null, impact: null }),
        );
      },
      setImpact: (area: string, level: ImpactLevel) =>
        edit((a) => withArea(a, area, { impact: level, criteria: null })),
      setCriterion: (area: string, name: 'a' | 'b' | 'c', value: string) => {
        const next = { ...(partial[area] ?? {}), [name]: value };
        setPartial((p) => ({ ...p, [area]: next }));
        const complete = completeCriteria(next);
        edit((a) =>
          withArea(
            a,
            area,
            complete
              ? { criteria: complete, impact: impactFromCriteria(complete) }
              : { criteria: null, impact: null },
          ),
        );
      },
      setFigure: (key: string, text: string) => {
        const texts = { ...figureTextRef.current, [key]: text };
        figureTextRef.current = texts;
        setFigureText(texts);
        const parsed = parseLocaleNumber(text);
        edit((a) => withFigure(a, key, parsed === null || Number.isNaN(parsed) ? null : parsed));
      },
      setComment: (area: string, text: string) => edit((a) => withArea(a, area, { comment: text })),
      setText: (key: string, text: string) => edit((a) => withText(a, key, text)),
      submit: () => file('submit'),
      confirmUnchanged: () => file('unchanged'),
      discardRevision: discard,
      saveNow: () => {
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        return saveDraft();
      },
      /** Takes the merged answers from the conflict dialog and saves them on the other version. */
      resolveConflict: (merged: Answers, otherVersion: number) => {
        setConflict(null);
        version.current = otherVersion;
        replaceAnswers(merged);
        void saveDraft();
      },
      dismissConflict: () => setConflict(null),
    }),
    [edit, partial, file, discard, saveDraft, replaceAnswers],
  );

  const changes = useMemo(
    () => (form.previous ? compareAnswers(form.previous.answers, answers) : {}),
    [form.previous, answers],
  );

  return {
    answers,
    methods,
    partial,
    figureText,
    report,
    saveState,
    errors,
    failure,
    conflict,
    busy,
    changes,
    actions,
  };
}
