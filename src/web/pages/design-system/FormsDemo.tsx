import { useState } from 'react';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NumberField } from '../../components/NumberField';
import { RadioGroup } from '../../components/RadioGroup';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { TextField } from '../../components/TextField';
import { parseLocaleNumber } from '../../i18n/format';

/** A small form that shows fields, hints and the error summary. */
export function FormsDemo() {
  const [staff, setStaff] = useState('12,5');
  const [comment, setComment] = useState('');
  const [level, setLevel] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const parsed = parseLocaleNumber(staff);
  const staffError =
    showErrors && (parsed === null || Number.isNaN(parsed)) ? 'Ange antalet som en siffra' : null;
  const levelError = showErrors && level === null ? 'Välj påverkansgrad' : null;
  const errors = [
    ...(levelError ? [{ fieldId: 'demo-level', message: levelError }] : []),
    ...(staffError ? [{ fieldId: 'demo-staff', message: staffError }] : []),
  ];

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setShowErrors(true);
      }}
    >
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      <TextField label="Kontaktperson" hint="Den som kan svara på frågor om rapporten." optional />
      <NumberField
        id="demo-staff"
        label="Frånvarande personal"
        hint="I procent av all personal."
        unit="%"
        value={staff}
        onChange={(event) => setStaff(event.target.value)}
        error={staffError}
      />
      <RadioGroup
        id="demo-level"
        legend="Påverkansgrad"
        hint="Välj den nivå som bäst beskriver läget."
        value={level}
        onChange={setLevel}
        error={levelError}
        options={[
          { value: '1', label: 'Ingen påverkan', hint: 'Verksamheten bedrivs enligt plan.' },
          { value: '2', label: 'Måttlig' },
          { value: '3', label: 'Betydande' },
          { value: '4', label: 'Allvarlig' },
          { value: '5', label: 'Kritisk' },
        ]}
      />
      <Select
        label="Verksamhetsområde"
        placeholder="Välj område"
        options={[
          { value: 'aldre', label: 'Äldreomsorg' },
          { value: 'lss', label: 'LSS' },
        ]}
      />
      <Textarea
        label="Kommentar"
        hint="Beskriv vad som har förändrats sedan förra veckan."
        maxLength={500}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <Checkbox label="Inget har ändrats sedan förra rapporten" hint="Svaren från v. 41 skickas in igen." />
      <Button type="submit">Kontrollera</Button>
    </form>
  );
}
