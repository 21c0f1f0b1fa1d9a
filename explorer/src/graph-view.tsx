import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import { connectGraph, finishTiming } from './test-hook';

/** Node and edge data the views build; cytoscape styles read these fields. */
export interface GraphData {
  elements: cytoscape.ElementDefinition[];
  layout: cytoscape.LayoutOptions;
  /** Changes when a new view is drawn (the same elements re-laid out otherwise). */
  key: string;
}

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      'font-size': 10,
      'min-zoomed-font-size': 7,
      'text-valign': 'bottom',
      'text-margin-y': 2,
      color: '#222',
    },
  },
  { selector: 'node.centre', style: { 'border-width': 3, 'border-color': '#111', 'font-size': 13, 'font-weight': 'bold' } },
  { selector: 'node.organization', style: { shape: 'round-rectangle' } },
  { selector: 'node.product', style: { shape: 'diamond' } },
  { selector: 'node.staff', style: { shape: 'triangle' } },
  { selector: 'node.masked', style: { color: '#888', 'border-style': 'dashed', 'border-width': 1, 'border-color': '#999' } },
  { selector: 'node.hover[name]', style: { label: 'data(name)', 'font-size': 12, 'z-index': 10 } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#d97706' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'curve-style': 'haystack',
      opacity: 0.8,
      label: 'data(label)',
      'font-size': 8,
      'min-zoomed-font-size': 8,
      'text-rotation': 'autorotate',
      color: '#555',
    },
  },
  { selector: 'edge.directed', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)' } },
  { selector: '.dim', style: { opacity: 0.15 } },
];

interface Props {
  graph: GraphData;
  onTapNode(id: string): void;
  /** A selector of edges to pick out; the rest is dimmed. */
  highlight?: string | null;
}

/**
 * One cytoscape instance while the view is shown; a new `graph` replaces the
 * elements and runs the layout without animation (it is the fast path for a
 * few hundred nodes). `data-layout` on the container says when a view is done.
 */
export function GraphView({ graph, onTapNode, highlight = null }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  const tap = useRef(onTapNode);
  tap.current = onTapNode;

  useEffect(() => {
    const core = cytoscape({ container: container.current, style, minZoom: 0.1, maxZoom: 2, wheelSensitivity: 0.3 });
    core.on('tap', 'node', (event) => tap.current(event.target.id()));
    core.on('mouseover', 'node', (event) => event.target.addClass('hover'));
    core.on('mouseout', 'node', (event) => event.target.removeClass('hover'));
    connectGraph(
      (id) => {
        const node = core.getElementById(id);
        if (node.empty()) return false;
        node.emit('tap');
        return true;
      },
      () => core.nodes().map((node) => node.id()),
      (id) => {
        const node = core.getElementById(id);
        return node.empty() ? null : { label: String(node.data('label')), masked: node.hasClass('masked') };
      },
    );
    cy.current = core;
    return () => core.destroy();
  }, []);

  useEffect(() => {
    const core = cy.current;
    const element = container.current;
    if (!core || !element) return;
    const drawStartedAt = performance.now();
    element.dataset.layout = 'running';
    core.batch(() => {
      core.elements().remove();
      core.add(graph.elements);
    });
    const layout = core.layout(graph.layout);
    layout.one('layoutstop', () => {
      requestAnimationFrame(() => {
        finishTiming(drawStartedAt, core.nodes().length, core.edges().length);
        element.dataset.layout = 'done';
        element.dataset.view = graph.key;
      });
    });
    layout.run();
  }, [graph]);

  useEffect(() => {
    const core = cy.current;
    if (!core) return;
    core.elements().removeClass('dim');
    if (!highlight) return;
    const picked = core.edges(highlight);
    core.elements().not(picked.union(picked.connectedNodes())).addClass('dim');
  }, [graph, highlight]);

  return <div ref={container} class="graph" data-testid="graph" />;
}
