import type cytoscape from 'cytoscape';
import type { PersonSummary } from './queries';

/** Colours by status; masked persons are grey whatever they are. */
export const statusColour: Record<string, string> = {
  ACTIVE: '#2f855a',
  PROSPECT: '#3182ce',
  DORMANT: '#dd6b20',
  CHURNED: '#c53030',
};

/** Masked persons are grey whatever their status. */
export const maskedColour = '#c8c8c8';

export const masked = (person: PersonSummary) => person.access === 'MASKED';

export function personColour(person: PersonSummary): string {
  return masked(person) ? maskedColour : (statusColour[person.status ?? ''] ?? '#718096');
}

/** A person node; `extra` adds view-specific data (size, colour by depth …). */
export function personNode(person: PersonSummary, classes: string[] = [], extra: Record<string, unknown> = {}): cytoscape.ElementDefinition {
  return {
    group: 'nodes',
    data: { id: person.id, label: person.name, color: personColour(person), size: 26, kind: 'person', ...extra },
    classes: [...classes, 'person', ...(masked(person) ? ['masked'] : [])],
  };
}

/** "1.2M", "350K": AUM in CNY, short, for labels and tables; "—" when withheld. */
export function money(amount: string | null): string {
  if (amount === null) return '—';
  const value = Number(amount);
  if (value >= 1e8) return `${(value / 1e8).toFixed(1)}亿`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (value >= 1e3) return `${Math.round(value / 1e3)}K`;
  return value.toFixed(0);
}

/** Name with what the viewer may see of status and tier. */
export function describePerson(person: PersonSummary): string {
  if (masked(person)) return `${person.name} (masked)`;
  return [person.name, person.status, person.tier].filter(Boolean).join(' · ');
}
