import type { ReactNode } from 'react';
import { Textarea } from '../../components/Textarea';
import { CarriedOverNote } from './CarriedOverNote';
import type { CommentCarry } from './report-types';

export interface AnswerTextProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  maxLength: number;
  optional: boolean;
  disabled: boolean;
  error: string | null;
  /** Set when the text is the same as last round's: shows since when. */
  carry: CommentCarry | null;
  onChange: (value: string) => void;
}

/** A comment or free-text answer, with the carried-over note when it is last week's text. */
export function AnswerText(props: AnswerTextProps) {
  const hint =
    props.hint || props.carry ? (
      <>
        {props.hint}
        {props.hint && props.carry ? ' ' : null}
        {props.carry ? <CarriedOverNote carry={props.carry} /> : null}
      </>
    ) : undefined;
  return (
    <Textarea
      id={props.id}
      label={props.label}
      hint={hint}
      value={props.value}
      maxLength={props.maxLength}
      optional={props.optional}
      disabled={props.disabled}
      error={props.error}
      rows={3}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}
