import { networkElements } from '../../../explorer/src/network';
import type { Access, Network, Page, PersonSummary } from '../../../explorer/src/queries';

const person = (id: string, name: string, access: Access = 'FULL'): PersonSummary =>
  access === 'MASKED'
    ? { id, name, status: null, tier: null, aum: null, access }
    : { id, name, status: 'ACTIVE', tier: null, aum: '0.00', access };
const page = <T>(...nodes: T[]): Page<T> => ({ totalCount: nodes.length, edges: nodes.map((node) => ({ node })) });

describe('networkElements', () => {
  it('draws each neighbour once, with one edge per tie, masked ones grey', () => {
    const centre: NonNullable<Network['person']> = {
      ...person('C', '王伟'),
      manager: { id: 'S1', name: '陈经理', role: 'RELATIONSHIP_MANAGER' },
      household: { role: 'HEAD', household: { id: 'H', name: '王家', members: page({ role: 'HEAD', person: person('C', '王伟') }, { role: 'SPOUSE', person: person('W', '李娜') }) } },
      family: page({ kind: 'SPOUSE', relative: person('W', '李娜') }),
      acquaintances: page({ kind: 'FRIEND', strength: 0.5, person: person('F', '周*', 'MASKED') }),
      employments: [
        {
          title: '经理',
          keyPerson: true,
          organization: {
            id: 'O',
            name: '华东制造',
            industry: null,
            employees: { totalCount: 3, edges: [{ node: { title: null, keyPerson: true, person: person('C', '王伟') } }, { node: { title: null, keyPerson: false, person: person('K', '孙强') } }] },
          },
        },
      ],
      holdings: page(
        { status: 'ACTIVE', balance: '1.00', product: { id: 'P1', name: '理财', category: 'WEALTH_MANAGEMENT' } },
        { status: 'CLOSED', balance: '0.00', product: { id: 'P2', name: '基金', category: 'FUND' } },
      ),
    };
    const { elements, neighbours } = networkElements(centre);
    expect({
      nodes: elements.filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.data.label, e.data.level, e.data.color, e.classes]),
      edges: elements.filter((e) => e.group === 'edges').map((e) => [e.data.source, e.data.target, e.data.label, e.data.width]),
      neighbours: neighbours.map((n) => [n.person.id, n.relation]),
    }).toEqual({
      nodes: [
        ['C', '王伟', 4, '#2f855a', ['centre', 'person']],
        ['W', '李娜', 3, '#2f855a', ['person']],
        ['F', '周*', 2, '#c8c8c8', ['person', 'masked']],
        ['S1', '陈经理 (manager)', 3, '#2d3748', 'staff'],
        ['O', '华东制造 (+1 more)', 2, '#b7791f', 'organization'],
        ['K', '孙强', 1, '#2f855a', ['person']],
        ['P1', '理财', 2, '#38a169', 'product'],
      ],
      edges: [
        ['C', 'W', 'household spouse', 3],
        ['C', 'W', 'spouse', 3],
        ['C', 'F', '0.50', 4],
        ['C', 'S1', 'manager', 2],
        ['C', 'O', '经理', 3],
        ['O', 'K', '', 1],
        ['C', 'P1', '', 2],
      ],
      neighbours: [
        ['W', 'household: spouse'],
        ['F', 'friend 0.50'],
        ['K', 'colleague at 华东制造'],
      ],
    });
  });
});
