import { describePerson, masked } from './people';
import type { PersonSummary } from './queries';
import { link } from './route';

/** A person's name linking to their network, greyed when masked. */
export function PersonLink({ person }: { person: PersonSummary }) {
  return (
    <a href={`?view=network&id=${encodeURIComponent(person.id)}`} class={masked(person) ? 'masked' : ''} onClick={link({ view: 'network', id: person.id })}>
      {describePerson(person)}
    </a>
  );
}
