/** The components MDX chapters may use without importing them. */
import Event from './Event.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import Step from './Step.astro';
import Scrolly from './Scrolly.astro';
import Chart from './Chart.astro';
import Tool from './Tool.astro';
import DatasetDate from './DatasetDate.astro';
import H3 from '../mdx/H3.astro';

/** Markdown "###" headings get a copy-link control beside them. */
export const storyComponents = { Event, Cite, Term, Step, Scrolly, Chart, Tool, DatasetDate, h3: H3 };
