"""Reference centralities from networkx for test/unit/insights/centrality.test.ts.

Regenerate (from the repository root; needs Python 3 with networkx 3.x, run
with 3.6.1; its pagerank also needs numpy and scipy):

    pip install networkx numpy scipy
    python3 test/reference/centrality_reference.py

It writes test/reference/fixtures/<name>.json for each graph below as
{ ids, edges: [[i, j], ...], pagerank: [...], betweenness: [...] }, values
indexed like ids and rounded to 10 significant digits. The graphs are seeded,
so rerunning reproduces the same files. The jest tests only read the JSON.

The graphs imitate a bank's people graph: households (FAMILY ties and
household co-membership, i.e. small cliques), small families tied only to
each other (separate components), employers (sparse colleague ties
inside a company, giving clustered communities), KNOWS ties that are mostly
local with a few long-range ones, a handful of referral hubs with high degree,
and some customers with no ties at all.
"""

import json
import random
from pathlib import Path

import networkx as nx

OUT = Path(__file__).resolve().parent / "fixtures"

GRAPHS = [
    # name, people, seed
    ("bank_small", 300, 11),
    ("bank_medium", 2000, 22),
    ("bank_large", 8000, 33),
]


def people_graph(n: int, seed: int) -> nx.Graph:
    rng = random.Random(seed)
    G = nx.Graph()
    G.add_nodes_from(range(n))
    people = list(range(n))
    rng.shuffle(people)

    # ~4% of customers have no recorded ties.
    isolated = set(people[: n * 4 // 100])
    # ~3% are in small families tied only to each other (a chain of
    # generations or siblings around one parent), giving small components.
    closed = people[n * 4 // 100 : n * 7 // 100]
    connected = people[n * 7 // 100 :]
    i = 0
    while i < len(closed):
        family = closed[i : i + rng.randint(3, 4)]
        if rng.random() < 0.5:
            G.add_edges_from(zip(family, family[1:]))
        else:
            G.add_edges_from((family[0], b) for b in family[1:])
        i += len(family)

    # Households of 1-5 people, fully tied to each other.
    i = 0
    while i < len(connected):
        size = rng.choices([1, 2, 3, 4, 5], weights=[30, 30, 20, 15, 5])[0]
        household = connected[i : i + size]
        G.add_edges_from((a, b) for x, a in enumerate(household) for b in household[x + 1 :])
        i += size

    # Employers with heavy-tailed sizes; each employee names one colleague.
    order = connected[:]
    rng.shuffle(order)
    i = 0
    while i < len(order):
        size = min(int(rng.paretovariate(1.3) * 4), 150)
        company = order[i : i + size]
        if len(company) > 1:
            for a in company:
                b = rng.choice(company)
                if a != b:
                    G.add_edge(a, b)
        i += max(size, 1)

    # KNOWS: mostly within a neighbourhood of the (shuffled) address order,
    # occasionally anywhere.
    for _ in range(len(connected) // 2):
        a = rng.randrange(len(connected))
        if rng.random() < 0.8:
            b = min(len(connected) - 1, max(0, a + rng.randint(-40, 40)))
        else:
            b = rng.randrange(len(connected))
        if a != b:
            G.add_edge(connected[a], connected[b])

    # Referral hubs: ~0.5% of people referred many others.
    hubs = rng.sample(connected, max(2, n // 200))
    for hub in hubs:
        for b in rng.sample(connected, rng.randint(20, min(150, n // 4))):
            if b != hub:
                G.add_edge(hub, b)

    assert not any(G.degree(v) for v in isolated)
    return G


def sig10(x: float) -> float:
    return float(f"{x:.10g}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, n, seed in GRAPHS:
        G = people_graph(n, seed)
        # max_iter is headroom over networkx's 100: with tol=1e-10 the test
        # n * tol is tightest on small graphs, and the L1 change may shrink by
        # only alpha per step (bank_small takes 83 iterations).
        pr = nx.pagerank(G, alpha=0.85, tol=1e-10, max_iter=1000)
        bc = nx.betweenness_centrality(G, normalized=True)
        doc = {
            "ids": [f"person-{v:05d}" for v in G],
            "edges": sorted([min(a, b), max(a, b)] for a, b in G.edges()),
            "pagerank": [sig10(pr[v]) for v in G],
            "betweenness": [sig10(bc[v]) for v in G],
        }
        path = OUT / f"{name}.json"
        path.write_text(json.dumps(doc, separators=(",", ":")) + "\n")
        degrees = [d for _, d in G.degree()]
        print(
            f"{path.name}: {n} nodes, {G.number_of_edges()} edges, "
            f"mean degree {sum(degrees) / n:.2f}, max degree {max(degrees)}, "
            f"isolated {degrees.count(0)}, components {nx.number_connected_components(G)}, "
            f"{path.stat().st_size // 1024} KiB"
        )


if __name__ == "__main__":
    main()
