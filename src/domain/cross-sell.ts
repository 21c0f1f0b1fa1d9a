import type { ScoreFactor } from './explain';
import { ProductCategory } from './model';
import { byCodePoint, PersonTie, roundScore, strongestTie, TIE_PREFERENCE, tieFactorName, tieNoun } from './neighbour-ties';
import type { OrganizationRecord, PersonRecord, ProductRecord } from './records';
import { SuitabilityCode, unsuitability } from './suitability';
import { TieKind } from './tie-strength';

/**
 * Cross-sell paths (crossSellOpportunities, docs/rules.md#cross-sell): what should this
 * client have that the people close to them already have?
 *
 * Evidence comes from the client's one-hop people graph (src/domain/tie-strength.ts)
 * and from their employers' own products (corporate-retail linkage, 公私联动):
 *
 *   score(product) = Σ over distinct neighbours holding it (ACTIVE) of the strength of their strongest tie to the client
 *                  + Σ over the client's employers holding a mapped product of the offer's weight (EMPLOYER_PRODUCT_OFFERS)
 *
 * A neighbour reached by several ties counts once, with the strongest. No
 * boost for related categories: every point of a score is a person or an
 * employer the manager can name. Each part is one evidence path; colleagues
 * holding a product are one path per organization ("3 colleagues at 华东制造
 * hold it"), everyone else one path each ("spouse 李娜 holds it"). Products the
 * client holds (ACTIVE) never appear; products above the client's risk profile
 * are never offered but listed as excluded (src/domain/suitability.ts).
 * Ranked by score, then product id.
 */

/** Where the evidence for a product comes from: a tie of the people graph, or the employer. */
export enum EvidenceKind {
  FAMILY = 'FAMILY',
  HOUSEHOLD = 'HOUSEHOLD',
  REFERRAL = 'REFERRAL',
  ACQUAINTANCE = 'ACQUAINTANCE',
  COLLEAGUE = 'COLLEAGUE',
  EMPLOYER_PRODUCT = 'EMPLOYER_PRODUCT',
}

/** What an employer's product says its staff should have. */
export interface EmployerOffer {
  staffCategory: ProductCategory;
  /** Added to the score of each product of `staffCategory`, once per employer. */
  weight: number;
  /** Completes "<organization> …" in the evidence text. */
  phrase: string;
}

/**
 * Corporate-retail linkage (docs/domain.md#corporate-and-retail-linkage): an employer whose salaries we pay
 * should see its staff on our payroll card — as strong a sign as a spouse
 * holding it; one that banks its cash with us suggests digital banking for
 * its staff, more weakly.
 */
export const EMPLOYER_PRODUCT_OFFERS: Partial<Record<ProductCategory, EmployerOffer>> = {
  [ProductCategory.PAYROLL_SERVICE]: { staffCategory: ProductCategory.PAYROLL_CARD, weight: 1, phrase: 'uses payroll with us' },
  [ProductCategory.CASH_MANAGEMENT]: {
    staffCategory: ProductCategory.DIGITAL_BANKING,
    weight: 0.5,
    phrase: 'uses cash management with us',
  },
};

export const MAX_EVIDENCE_PATHS = 3;
/** A colleague path names the first few holders (strongest ties first); its text gives the count. */
export const MAX_VIA_PERSONS = 5;

/** What the database returns around one client. */
export interface CrossSellNeighbourhood {
  client: PersonRecord;
  heldProductIds: string[];
  /** One-hop neighbours holding (ACTIVE) at least one product, with every tie to the client. */
  neighbours: { person: PersonRecord; ties: PersonTie[]; productIds: string[] }[];
  /** The client's employers, with the categories of EMPLOYER_PRODUCT_OFFERS they hold (ACTIVE). */
  employers: { organization: OrganizationRecord; heldCategories: ProductCategory[] }[];
  /**
   * Every product named by a neighbour's holding, and the products of the
   * categories the employers' holdings map to that people hold (a corporate
   * product of the same category, held by organizations only, is left out).
   */
  products: ProductRecord[];
}

export interface CrossSellEvidence {
  kind: EvidenceKind;
  via: PersonRecord[];
  organization: OrganizationRecord | null;
  /** What this path adds to the score. */
  strength: number;
  explanation: string;
}

export interface CrossSellOpportunity {
  product: ProductRecord;
  score: number;
  holdersNearby: number;
  evidence: CrossSellEvidence[];
  explanation: ScoreFactor[];
}

export interface CrossSellExclusion {
  product: ProductRecord;
  code: SuitabilityCode;
  reason: string;
}

export interface CrossSell {
  person: PersonRecord;
  opportunities: CrossSellOpportunity[];
  excluded: CrossSellExclusion[];
}

interface Path {
  evidence: CrossSellEvidence;
  factor: string;
  holders: number;
}

const EVIDENCE_OF_TIE: Record<TieKind, EvidenceKind> = {
  [TieKind.FAMILY]: EvidenceKind.FAMILY,
  [TieKind.HOUSEHOLD]: EvidenceKind.HOUSEHOLD,
  [TieKind.REFERRAL]: EvidenceKind.REFERRAL,
  [TieKind.ACQUAINTANCE]: EvidenceKind.ACQUAINTANCE,
  [TieKind.COLLEAGUE]: EvidenceKind.COLLEAGUE,
};

const EVIDENCE_ORDER: readonly EvidenceKind[] = [...TIE_PREFERENCE.map((tie) => EVIDENCE_OF_TIE[tie]), EvidenceKind.EMPLOYER_PRODUCT];

const byPersuasion = (a: Path, b: Path): number =>
  b.evidence.strength - a.evidence.strength ||
  EVIDENCE_ORDER.indexOf(a.evidence.kind) - EVIDENCE_ORDER.indexOf(b.evidence.kind) ||
  byCodePoint(pathKey(a), pathKey(b));

const pathKey = (path: Path): string => path.evidence.via[0]?.id ?? path.evidence.organization?.id ?? '';

const byScore = <T extends { product: ProductRecord }>(score: (item: T) => number) => (a: T, b: T): number =>
  score(b) - score(a) || byCodePoint(a.product.id, b.product.id);

/**
 * Ranks everything `client` may be offered, best first (ties by product id):
 * the whole neighbourhood is read to score any product, so the ranking is
 * whole and a page of it is a slice.
 * @example crossSell({ client: 王伟, neighbours: [{ person: 李娜, ties: [spouse], productIds: ['fund'] }], … })
 * // opportunities: [{ product: fund, score: 0.95, holdersNearby: 1, evidence: [{ explanation: 'spouse 李娜 holds it', … }] }]
 */
export function crossSell(neighbourhood: CrossSellNeighbourhood): CrossSell {
  const held = new Set(neighbourhood.heldProductIds);
  const paths = new Map<string, Path[]>();
  for (const [productId, path] of [...peoplePaths(neighbourhood), ...employerPaths(neighbourhood)]) {
    if (held.has(productId)) continue;
    const list = paths.get(productId) ?? [];
    list.push(path);
    paths.set(productId, list);
  }

  const opportunities: CrossSellOpportunity[] = [];
  const excluded: (CrossSellExclusion & { score: number })[] = [];
  for (const product of neighbourhood.products) {
    const found = paths.get(product.id)?.sort(byPersuasion);
    if (!found) continue;
    const score = roundScore(found.reduce((sum, path) => sum + path.evidence.strength, 0));
    const refusal = unsuitability(product.riskLevel, neighbourhood.client.riskProfile);
    if (refusal) {
      excluded.push({ product, ...refusal, score });
      continue;
    }
    opportunities.push({
      product,
      score,
      holdersNearby: found.reduce((sum, path) => sum + path.holders, 0),
      evidence: found.slice(0, MAX_EVIDENCE_PATHS).map((path) => path.evidence),
      explanation: found.map((path) => ({ name: path.factor, value: path.evidence.strength, explanation: path.evidence.explanation })),
    });
  }
  return {
    person: neighbourhood.client,
    opportunities: opportunities.sort(byScore((o) => o.score)),
    excluded: excluded.sort(byScore((e) => e.score)).map(({ score: _score, ...exclusion }) => exclusion),
  };
}

/** Each holder once, under their strongest tie; colleagues grouped per organization. */
function peoplePaths({ neighbours, employers }: CrossSellNeighbourhood): [string, Path][] {
  const organizations = new Map(employers.map((e) => [e.organization.id, e.organization]));
  const groups = new Map<string, { productId: string; tie: PersonTie; holders: { person: PersonRecord; strength: number }[] }>();
  for (const { person, ties, productIds } of neighbours) {
    const { tie, strength } = strongestTie(ties);
    for (const productId of productIds) {
      const key = tie.tie === TieKind.COLLEAGUE ? `${productId}|org|${tie.organizationId}` : `${productId}|person|${person.id}`;
      const group = groups.get(key) ?? { productId, tie, holders: [] };
      group.holders.push({ person, strength });
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ productId, tie, holders }) => {
    holders.sort((a, b) => b.strength - a.strength || byCodePoint(a.person.id, b.person.id));
    const via = holders.map((h) => h.person);
    const strength = roundScore(holders.reduce((sum, h) => sum + h.strength, 0));
    const organization = tie.tie === TieKind.COLLEAGUE ? (organizations.get(tie.organizationId ?? '') ?? null) : null;
    return [
      productId,
      {
        evidence: {
          kind: EVIDENCE_OF_TIE[tie.tie],
          via: via.slice(0, MAX_VIA_PERSONS),
          organization,
          strength,
          explanation: peopleText(tie, via, organization),
        },
        factor: tieFactorName(tie),
        holders: holders.length,
      },
    ];
  });
}

function peopleText(tie: PersonTie, via: PersonRecord[], organization: OrganizationRecord | null): string {
  if (tie.tie !== TieKind.COLLEAGUE) return `${tieNoun(tie)} ${via[0].name} holds it`;
  const at = organization ? ` at ${organization.name}` : '';
  return via.length === 1 ? `colleague ${via[0].name}${at} holds it` : `${via.length} colleagues${at} hold it`;
}

/** One path per employer and offered product (EMPLOYER_PRODUCT_OFFERS). */
function employerPaths({ employers, products }: CrossSellNeighbourhood): [string, Path][] {
  return employers.flatMap(({ organization, heldCategories }) =>
    heldCategories.flatMap((category) => {
      const offer = EMPLOYER_PRODUCT_OFFERS[category];
      if (!offer) return [];
      return products
        .filter((product) => product.category === offer.staffCategory)
        .map((product): [string, Path] => [
          product.id,
          {
            evidence: {
              kind: EvidenceKind.EMPLOYER_PRODUCT,
              via: [],
              organization,
              strength: offer.weight,
              explanation: `${organization.name} ${offer.phrase}`,
            },
            factor: `employer:${category}`,
            holders: 0,
          },
        ]);
    }),
  );
}
