/**
 * `window.__explorer`: what the browser tests and the first-view bench read
 * and drive. Nodes live on a canvas, so a test taps one by id here; the
 * side list of neighbours offers the same to keyboard users.
 */
export interface ViewTiming {
  /** From the search (or re-centre) being submitted to the first frame after layout. */
  ms: number;
  /** Of which: adding the elements, the layout and the first frame. */
  drawMs: number;
  nodes: number;
  edges: number;
}

/** What a drawn node shows: its label, and whether it is drawn as masked. */
export interface DrawnNode {
  label: string;
  masked: boolean;
}

export interface ExplorerHook {
  tapNode(id: string): boolean;
  nodeIds(): string[];
  nodeData(id: string): DrawnNode | null;
  lastView: ViewTiming | null;
}

declare global {
  interface Window {
    __explorer: ExplorerHook;
  }
}

let startedAt: number | null = null;
let tapHandler: (id: string) => boolean = () => false;
let listNodes: () => string[] = () => [];
let readNode: (id: string) => DrawnNode | null = () => null;

window.__explorer = {
  tapNode: (id) => tapHandler(id),
  nodeIds: () => listNodes(),
  nodeData: (id) => readNode(id),
  lastView: null,
};

/** Marks the moment the user asked for a view. */
export function startTiming(): void {
  startedAt = performance.now();
}

/** Called after the first frame of a laid-out graph. */
export function finishTiming(drawStartedAt: number, nodes: number, edges: number): void {
  if (startedAt === null) return;
  const now = performance.now();
  window.__explorer.lastView = { ms: Math.round(now - startedAt), drawMs: Math.round(now - drawStartedAt), nodes, edges };
  startedAt = null;
}

export function connectGraph(tap: (id: string) => boolean, ids: () => string[], node: (id: string) => DrawnNode | null): void {
  tapHandler = tap;
  listNodes = ids;
  readNode = node;
}
