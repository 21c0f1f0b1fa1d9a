import type { Node } from 'neo4j-driver';
import { CrossSellNeighbourhood, EMPLOYER_PRODUCT_OFFERS } from '../domain/cross-sell';
import type { ProductCategory } from '../domain/model';
import { cypher } from './cypher';
import type { Database } from './database';
import { toOrganization, toPerson, toProduct } from './mappers';
import { neighbourParams, StoredTie, toPersonTie, withPersonNeighbours } from './neighbour-ties';

const query = withPersonNeighbours(cypher('cross-sell-neighbourhood'));

/** EMPLOYER_PRODUCT_OFFERS as the query reads it: employer category → staff category. */
const offers = Object.fromEntries(
  Object.entries(EMPLOYER_PRODUCT_OFFERS).map(([employerCategory, offer]) => [employerCategory, offer.staffCategory]),
);

interface StoredNeighbour {
  person: Node;
  ties: StoredTie[];
  productIds: string[];
}

/** Everything cross-selling to one client needs, in one round trip; null for an unknown id. */
export async function findCrossSellNeighbourhood(db: Database, personId: string): Promise<CrossSellNeighbourhood | null> {
  const [neighbourhood] = await db.read(query, { personId, offers, ...neighbourParams(true) }, (r) => ({
    client: toPerson(r.get('person')),
    heldProductIds: r.get('heldIds') as string[],
    employers: (r.get('employers') as { organization: Node; heldCategories: ProductCategory[] }[]).map((employer) => ({
      organization: toOrganization(employer.organization),
      heldCategories: employer.heldCategories,
    })),
    neighbours: (r.get('neighbours') as StoredNeighbour[]).map((neighbour) => ({
      person: toPerson(neighbour.person),
      ties: neighbour.ties.map(toPersonTie),
      productIds: neighbour.productIds,
    })),
    products: (r.get('products') as Node[]).map(toProduct),
  }));
  return neighbourhood ?? null;
}
