import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Link, type LinkProps } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

function buttonClass(variant: ButtonVariant, size: 'normal' | 'small', extra?: string): string {
  return ['button', `button--${variant}`, size === 'small' ? 'button--small' : '', extra ?? '']
    .filter(Boolean)
    .join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  ref?: Ref<HTMLButtonElement>;
}

/** A button. Defaults to type="button" so it never submits a form by accident. */
export function Button({
  variant = 'primary',
  size = 'normal',
  className,
  type = 'button',
  ref,
  ...rest
}: ButtonProps) {
  return <button {...rest} ref={ref} type={type} className={buttonClass(variant, size, className)} />;
}

export interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  children: ReactNode;
}

/** A router link that looks like a button (for navigation, e.g. "Lämna rapport"). */
export function ButtonLink({ variant = 'primary', size = 'normal', className, ...rest }: ButtonLinkProps) {
  const extra = typeof className === 'string' ? className : undefined;
  return <Link {...rest} className={buttonClass(variant, size, extra)} />;
}
