import type cytoscape from 'cytoscape';
import { personNode } from './people';
import { nodesOf, type Network, type PersonSummary } from './queries';

type Centre = NonNullable<Network['person']>;

/** A neighbour in the side list: who, and how they relate to the centre. */
export interface Neighbour {
  person: PersonSummary;
  relation: string;
}

/** From this many colleagues on, their names show on hover (and in the side list), not all at once. */
const QUIET_COLLEAGUES_FROM = 60;

/** Keeps the name for hovering, draws no label (only for people drawn as colleagues and nothing closer). */
function quieten(node: cytoscape.ElementDefinition): void {
  if (node.data.level !== 1) return;
  node.data.name = node.data.label;
  node.data.label = '';
}

const tieColour = {
  household: '#805ad5',
  family: '#d53f8c',
  acquaintance: '#3182ce',
  employment: '#b7791f',
  colleague: '#d69e2e',
  manager: '#2d3748',
  holding: '#38a169',
};

/**
 * The centre's network as cytoscape elements: household, family,
 * acquaintances (edge width and label = tie strength), employers with their
 * first page of employees, manager and products held. A person reached two
 * ways is one node with two edges.
 */
export function networkElements(centre: Centre): { elements: cytoscape.ElementDefinition[]; neighbours: Neighbour[] } {
  const nodes = new Map<string, cytoscape.ElementDefinition>();
  const edges: cytoscape.ElementDefinition[] = [];
  const neighbours: Neighbour[] = [];
  const addPerson = (person: PersonSummary, level: number, relation: string) => {
    if (person.id === centre.id) return;
    if (!nodes.has(person.id)) {
      nodes.set(person.id, personNode(person, [], { level }));
      neighbours.push({ person, relation });
    }
  };
  const addEdge = (kind: keyof typeof tieColour, source: string, target: string, label = '', width = 2) =>
    edges.push({ group: 'edges', data: { id: `${kind}:${source}:${target}:${edges.length}`, source, target, label, width, color: tieColour[kind] } });

  nodes.set(centre.id, personNode(centre, ['centre'], { level: 4, size: 44 }));
  const membership = centre.household;
  for (const member of membership ? nodesOf(membership.household.members) : []) {
    if (member.person.id === centre.id) continue;
    addPerson(member.person, 3, `household: ${member.role.toLowerCase()}`);
    addEdge('household', centre.id, member.person.id, `household ${member.role.toLowerCase()}`, 3);
  }
  for (const tie of nodesOf(centre.family)) {
    addPerson(tie.relative, 3, tie.kind.toLowerCase());
    addEdge('family', centre.id, tie.relative.id, tie.kind.toLowerCase(), 3);
  }
  for (const tie of nodesOf(centre.acquaintances)) {
    addPerson(tie.person, 2, `${tie.kind.toLowerCase()} ${tie.strength.toFixed(2)}`);
    addEdge('acquaintance', centre.id, tie.person.id, tie.strength.toFixed(2), 1 + 6 * tie.strength);
  }
  if (centre.manager) {
    const { id, name, role } = centre.manager;
    nodes.set(id, { group: 'nodes', data: { id, label: `${name} (manager)`, color: '#2d3748', size: 24, kind: 'staff', level: 3, role }, classes: 'staff' });
    addEdge('manager', centre.id, id, 'manager');
  }
  // Hundreds of colleague labels cannot be read at once and measuring them
  // is the costliest part of drawing: past a few dozen, they show on hover.
  const colleagues = centre.employments.reduce((sum, job) => sum + job.organization.employees.edges.length, 0);
  const quietColleagues = colleagues > QUIET_COLLEAGUES_FROM;
  for (const { organization, title } of centre.employments) {
    const { id, name, employees } = organization;
    const more = employees.totalCount - employees.edges.length;
    const label = more > 0 ? `${name} (+${more} more)` : name;
    nodes.set(id, { group: 'nodes', data: { id, label, color: '#b7791f', size: 34, kind: 'organization', level: 2 }, classes: 'organization' });
    addEdge('employment', centre.id, id, title ?? 'works at', 3);
    for (const { node } of employees.edges) {
      if (node.person.id === centre.id) continue;
      addPerson(node.person, 1, `colleague at ${name}`);
      if (quietColleagues) quieten(nodes.get(node.person.id)!);
      addEdge('colleague', id, node.person.id, '', node.keyPerson ? 2 : 1);
    }
  }
  for (const { product, status } of nodesOf(centre.holdings)) {
    if (status !== 'ACTIVE' || nodes.has(product.id)) continue;
    nodes.set(product.id, { group: 'nodes', data: { id: product.id, label: product.name, color: '#38a169', size: 18, kind: 'product', level: 2 }, classes: 'product' });
    addEdge('holding', centre.id, product.id);
  }
  return { elements: [...nodes.values(), ...edges], neighbours };
}

/** Concentric rings by closeness: O(n), fast enough to lay out hundreds of nodes in a frame. */
export const networkLayout: cytoscape.LayoutOptions = {
  name: 'concentric',
  animate: false,
  concentric: (node: cytoscape.NodeSingular) => node.data('level') as number,
  levelWidth: () => 1,
  minNodeSpacing: 6,
  avoidOverlap: true,
};
