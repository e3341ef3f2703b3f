/** The components MDX chapters may use without importing them. */
import Event from './Event.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import Step from './Step.astro';
import Scrolly from './Scrolly.astro';
import Chart from './Chart.astro';
import Tool from './Tool.astro';

export const storyComponents = { Event, Cite, Term, Step, Scrolly, Chart, Tool };
