import type { Driver } from 'neo4j-driver';

interface PlanNode {
  operatorType: string;
  children: unknown[];
}

/** The operators of a statement's PROFILE plan, and those at its leaves (where the reading starts). */
export async function profileOf(driver: Driver, query: string, params: Record<string, unknown>): Promise<{ operators: string[]; leaves: string[] }> {
  const session = driver.session();
  try {
    const result = await session.run(`PROFILE ${query}`, params);
    const operators: string[] = [];
    const leaves: string[] = [];
    const walk = (plan: PlanNode) => {
      const name = plan.operatorType.split('@')[0];
      operators.push(name);
      if (plan.children.length === 0) leaves.push(name);
      plan.children.forEach((child) => walk(child as PlanNode));
    };
    walk(result.summary.profile as unknown as PlanNode);
    return { operators, leaves };
  } finally {
    await session.close();
  }
}
