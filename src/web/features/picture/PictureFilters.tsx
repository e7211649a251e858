import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { weekLabel } from '../../../core/time/iso-week';
import { Button } from '../../components/Button';
import { Select, type SelectOption } from '../../components/Select';
import type { County, Picture, RoundSummary } from './picture-types';

export interface PictureFiltersProps {
  picture: Picture;
  rounds: readonly RoundSummary[];
  counties: readonly County[];
  /** Offer the county choice (networks spanning several counties). */
  showCounty: boolean;
  onApply: (choice: { roundId: string; county: string }) => void;
}

/**
 * Round and county as a small form with a "Visa" button: changing a select never reloads
 * the page by itself (WCAG 3.2.2), and the choice lands in the address so it can be shared.
 */
export function PictureFilters({ picture, rounds, counties, showCounty, onApply }: PictureFiltersProps) {
  const { t, i18n } = useTranslation('picture');
  const [roundId, setRoundId] = useState(picture.round.id);
  const [county, setCounty] = useState(picture.county?.code ?? '');
  useEffect(() => {
    setRoundId(picture.round.id);
    setCounty(picture.county?.code ?? '');
  }, [picture.round.id, picture.county?.code]);

  const templates = new Set(rounds.map((r) => r.templateId));
  const roundOptions: SelectOption[] = rounds
    .filter((r) => r.state !== 'upcoming')
    .map((r) => ({
      value: r.id,
      label:
        r.kind === 'extra'
          ? t('filters.extraOption', { week: weekLabel(r, i18n.language), title: r.title || r.templateName })
          : templates.size > 1
            ? t('filters.roundOption', { week: weekLabel(r, i18n.language), template: r.templateName })
            : weekLabel(r, i18n.language),
    }));
  if (!roundOptions.some((o) => o.value === picture.round.id)) {
    roundOptions.unshift({ value: picture.round.id, label: picture.round.label });
  }
  const countyOptions: SelectOption[] = [
    { value: '', label: t('filters.allCounties') },
    ...counties.map((c) => ({ value: c.code, label: c.name })),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ roundId, county });
  };

  return (
    <form className="picture-filters" onSubmit={submit} aria-label={t('filters.legend')}>
      <Select
        label={t('filters.round')}
        options={roundOptions}
        value={roundId}
        onChange={(event) => setRoundId(event.target.value)}
      />
      {showCounty ? (
        <Select
          label={t('filters.county')}
          options={countyOptions}
          value={county}
          onChange={(event) => setCounty(event.target.value)}
        />
      ) : null}
      <Button type="submit" variant="secondary">
        {t('filters.show')}
      </Button>
    </form>
  );
}
