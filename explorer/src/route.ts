import { useEffect, useState } from 'preact/hooks';

/**
 * What the page shows lives in the URL's query (?view=network&id=P1), so
 * back and forward move between views and a view can be shared.
 */
export type View = 'network' | 'referrals' | 'introductions' | 'influence' | 'attention';
export type Route = { view: View } & Record<string, string>;

const views: View[] = ['network', 'referrals', 'introductions', 'influence', 'attention'];

function readRoute(): Route {
  const params = Object.fromEntries(new URLSearchParams(location.search));
  const view = views.includes(params.view as View) ? (params.view as View) : 'network';
  return { ...params, view };
}

let setCurrent: (route: Route) => void = () => {};

export function navigate(route: Route): void {
  const query = new URLSearchParams(Object.entries(route).filter(([, value]) => value !== '')).toString();
  history.pushState(null, '', `${location.pathname}?${query}`);
  setCurrent(readRoute());
}

export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  setCurrent = setRoute;
  useEffect(() => {
    const onPop = () => setRoute(readRoute());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  return route;
}

/** A plain link that also works with a modifier key, but navigates in-page on a plain click. */
export function link(route: Route) {
  return (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    navigate(route);
  };
}
