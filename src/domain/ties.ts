import { FamilyKind } from './model';

/**
 * Ties are undirected in meaning (docs/rules.md#ties) but stored with a direction.
 * Storing each pair once, from the smaller id to the larger, makes
 * relate* mutations idempotent whichever way round a client names the pair.
 */
export interface CanonicalPair {
  fromId: string;
  toId: string;
  swapped: boolean;
}

export function canonicalPair(a: string, b: string): CanonicalPair {
  return a <= b ? { fromId: a, toId: b, swapped: false } : { fromId: b, toId: a, swapped: true };
}

/**
 * The kind seen from the other end: if B is A's PARENT, A is B's CHILD.
 * @example inverseFamilyKind(FamilyKind.PARENT) // FamilyKind.CHILD
 */
export function inverseFamilyKind(kind: FamilyKind): FamilyKind {
  switch (kind) {
    case FamilyKind.PARENT:
      return FamilyKind.CHILD;
    case FamilyKind.CHILD:
      return FamilyKind.PARENT;
    case FamilyKind.SPOUSE:
    case FamilyKind.SIBLING:
    case FamilyKind.RELATIVE:
      return kind;
    default: {
      const unexpected: never = kind;
      throw new Error(`Unknown family kind ${String(unexpected)}`);
    }
  }
}

/** The stored kind for a pair stored from the smaller id: what `toId` is to `fromId`. */
export function storedFamilyKind(kind: FamilyKind, swapped: boolean): FamilyKind {
  return swapped ? inverseFamilyKind(kind) : kind;
}
