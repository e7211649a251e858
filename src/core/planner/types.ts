/**
 * The assignment planner's vocabulary. A batch of households is to be assigned to
 * municipalities; each household goes whole to at most one municipality, within that
 * municipality's remaining kommuntal (persons) and its free housing.
 */

export interface PlannerHousehold {
  /** Batch-internal reference (never a name or personal identity number). */
  id: string;
  persons: number;
  adults: number;
  children: number;
  /** kommunkod where the household lives now, if it lives in one of the municipalities. */
  currentMunicipality?: string | null;
  /** kommunkod where the household has family ties. */
  familyMunicipality?: string | null;
  /** Needs a large dwelling even if smaller than `weights.largeFrom` persons. */
  needsLarge?: boolean;
  needsAccessible?: boolean;
  /** Labour-market fit per kommunkod in [0, 1]; missing municipalities count as 0. */
  fit?: Record<string, number>;
}

/** Free dwelling units of one kind in a municipality: `count` units with `beds` beds each. */
export interface PlannerUnitClass {
  beds: number;
  accessible: boolean;
  count: number;
}

export interface PlannerMunicipality {
  code: string;
  name: string;
  /** Remaining kommuntal in persons (kommuntal minus received). */
  remainingQuota: number;
  /** Free places (beds) in suitable housing, in persons. */
  freePlaces: number;
  /** Free units by size and accessibility; large and accessible needs draw on these. */
  units: PlannerUnitClass[];
}

/**
 * Objective weights. Placing persons comes first (a big weight per person), then per
 * household the soft terms: staying where it lives, family ties, labour-market fit.
 */
export interface PlannerWeights {
  person: number;
  stay: number;
  family: number;
  fit: number;
  /** Households of this many persons or more need a unit with at least as many beds as persons. */
  largeFrom: number;
}

export const defaultWeights: PlannerWeights = { person: 100, stay: 3, family: 2, fit: 1, largeFrom: 5 };

export interface PlannerInput {
  households: PlannerHousehold[];
  municipalities: PlannerMunicipality[];
  weights: PlannerWeights;
}

/** One input problem found by validation; `path` points into PlannerInput. */
export interface PlannerIssue {
  path: (string | number)[];
  code:
    | 'negative_quota'
    | 'negative_places'
    | 'invalid_units'
    | 'invalid_persons'
    | 'composition_mismatch'
    | 'duplicate_household'
    | 'duplicate_municipality'
    | 'fit_out_of_range'
    | 'unknown_municipality'
    | 'invalid_weight';
  value?: string | number;
}

/** Why a household was left unplaced. */
export type UnplacedReason =
  /** Its current or family municipality is not among the planned municipalities. */
  | 'unknown_municipality'
  /** It needs more beds in one unit than any free unit has. */
  | 'larger_than_any_unit'
  /** It needs an accessible unit (of its size) and none is free. */
  | 'no_accessible_unit'
  /** No municipality has enough remaining kommuntal for the whole household. */
  | 'no_quota'
  /** No municipality has at once enough kommuntal, places and a suitable unit for it. */
  | 'no_municipality_fits'
  /** It fits somewhere on its own, but the batch exceeds what is free and others were placed. */
  | 'capacity_exhausted';

/** Which terms decided a proposal. */
export type ProposalTerm = 'stay' | 'family' | 'fit' | 'capacity';

/** A placement: household index → municipality index, or -1 for unplaced. */
export type Assignment = Int32Array;
