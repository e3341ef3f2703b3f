/**
 * The islands' side of shareable state: read the page's query on mount,
 * rewrite it (replaceState, debounced) when a reader changes a setting.
 * Browser-only; every function is a no-op on the server.
 */
import { hasSettings, isOlderLink, mergeIntoQuery, parseSettings, type Settings } from '../../lib/url-state';
import type { ScenarioInput } from '../../lib/models/scenario-schema';

const inBrowser = () => typeof window !== 'undefined' && typeof location !== 'undefined';

/** Settings from the address bar, or null when it sets none of this tool's inputs. */
export function readFromLocation(inputs: readonly ScenarioInput[]): Settings | null {
  if (!inBrowser()) return null;
  return hasSettings(inputs, location.search) ? parseSettings(inputs, location.search) : null;
}

/** True when the address is an older version's link that set this tool. */
export function olderLinkInLocation(inputs: readonly ScenarioInput[], toolId: string): boolean {
  return inBrowser() && isOlderLink(inputs, toolId, location.search);
}

function urlFor(inputs: readonly ScenarioInput[], settings: Settings | null): string {
  return `${location.pathname}${mergeIntoQuery(inputs, settings, location.search)}${location.hash}`;
}

/** Put this tool's settings in the address bar (null removes them) without a new history entry. */
export function writeToLocation(inputs: readonly ScenarioInput[], settings: Settings | null): void {
  if (!inBrowser()) return;
  try {
    history.replaceState(history.state, '', urlFor(inputs, settings));
  } catch {
    /* some browsers throttle replaceState; the copy button still builds the full link */
  }
}

/** The absolute link to this exact setting. */
export function shareUrl(inputs: readonly ScenarioInput[], settings: Settings): string {
  if (!inBrowser()) return '';
  return `${location.origin}${urlFor(inputs, settings)}`;
}

/** Call `fn` once things have been quiet for `ms`. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
