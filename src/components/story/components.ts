/** The components MDX chapters may use without importing them. */
import Event from './Event.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import Step from './Step.astro';
import Scrolly from './Scrolly.astro';

export const storyComponents = { Event, Cite, Term, Step, Scrolly };
