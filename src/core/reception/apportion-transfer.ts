/**
 * Negotiated transfers: two municipalities of the same county agree that one takes over
 * part of the other's kommuntal. The county's länstal does not change, so a transfer
 * across a county border is refused, as is one that leaves the giver below the floor.
 */

export interface AllocatedMunicipality {
  countyCode: string;
  kommuntal: number;
}

export interface Transfer {
  fromCode: string;
  toCode: string;
  /** Persons moved; a positive integer. */
  persons: number;
}

export type TransferIssueCode =
  | 'unknown_municipality'
  | 'same_municipality'
  | 'different_county'
  | 'not_positive_integer'
  | 'below_floor';

export type TransferResult =
  | { ok: true; from: number; to: number }
  | {
      ok: false;
      path: 'fromCode' | 'toCode' | 'persons';
      code: TransferIssueCode;
      params?: Record<string, number | string>;
    };

/** Validates a transfer against the current allocation and gives the two new numbers. */
export function applyTransfer(
  allocation: ReadonlyMap<string, AllocatedMunicipality>,
  transfer: Transfer,
  floor: number,
): TransferResult {
  const from = allocation.get(transfer.fromCode);
  const to = allocation.get(transfer.toCode);
  if (!from) return { ok: false, path: 'fromCode', code: 'unknown_municipality' };
  if (!to) return { ok: false, path: 'toCode', code: 'unknown_municipality' };
  if (transfer.fromCode === transfer.toCode) return { ok: false, path: 'toCode', code: 'same_municipality' };
  if (from.countyCode !== to.countyCode) return { ok: false, path: 'toCode', code: 'different_county' };
  if (!Number.isInteger(transfer.persons) || transfer.persons <= 0)
    return { ok: false, path: 'persons', code: 'not_positive_integer' };
  const left = from.kommuntal - transfer.persons;
  // The floor bounds the giver; if it already sits below (a revised floor), it may not go lower, nor below zero.
  if (left < Math.max(0, Math.min(floor, from.kommuntal)))
    return {
      ok: false,
      path: 'persons',
      code: 'below_floor',
      params: { max: Math.max(0, from.kommuntal - Math.max(0, Math.min(floor, from.kommuntal))), floor },
    };
  return { ok: true, from: left, to: to.kommuntal + transfer.persons };
}
