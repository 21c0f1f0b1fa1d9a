import type { Random } from './random';
import { COMMON_SURNAMES, VOCABULARY } from './vocabulary';

/** A surname: one of the thirty commonest three times in four, else a rarer one. */
export function drawSurname(rng: Random): string {
  return rng.chance(0.75) ? rng.pick(COMMON_SURNAMES) : rng.pick(VOCABULARY.rareSurnames);
}

function drawGivenName(rng: Random, male: boolean): string {
  if (rng.chance(0.15)) return rng.pick(VOCABULARY.genericNames);
  return rng.pick(male ? VOCABULARY.maleNames : VOCABULARY.femaleNames);
}

/** A full Chinese name, surname first; a fresh surname unless the family's is given. */
export function drawPersonName(rng: Random, male: boolean, surname = drawSurname(rng)): string {
  return surname + drawGivenName(rng, male);
}
