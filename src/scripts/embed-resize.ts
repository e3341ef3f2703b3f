/**
 * Runs inside every embed page: measures the whole document
 * (documentElement, so collapsed margins count) and posts the height to the
 * parent in the pym.js, Datawrapper and AMP shapes, so the iframe resizes
 * under our own loader and under the scripts newsrooms already run.
 *
 * Chromium runs no rendering steps (so no ResizeObserver callbacks and no
 * resize events) in a cross-origin frame that is off screen. So besides the
 * observer, the height is measured directly (getBoundingClientRect forces
 * layout) as soon as this script runs (it loads after DOMContentLoaded and
 * often after `load`), at `load`, on `resize`, and whenever the parent asks
 * (our loader's request or a pym.js parent's width message: both arrive as
 * tasks, which run off screen too).
 */
import { ampMessage, datawrapperMessage, isMeasureRequest, pymMessage } from '../lib/embed/messages';

const root = document.documentElement;
const chartId = root.dataset.embedId ?? 'chips-embed';
const rawChildId = new URLSearchParams(location.search).get('childId');
const childId = rawChildId && /^[\w-]{1,64}$/.test(rawChildId) ? rawChildId : null;
let last = 0;

function post(force = false): void {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if ((height === last && !force) || window.parent === window) return;
  last = height;
  window.parent.postMessage(datawrapperMessage(chartId, height), '*');
  window.parent.postMessage(ampMessage(height), '*');
  if (childId) window.parent.postMessage(pymMessage(childId, height), '*');
}

new ResizeObserver(() => post()).observe(root);
post();
if (document.readyState !== 'complete') window.addEventListener('load', () => post());
window.addEventListener('resize', () => post());
window.addEventListener('message', (e) => {
  // Only the parent may ask; the answer is the same height anyone can see, but a stranger gets nothing.
  if (e.source === window.parent && isMeasureRequest(e.data, childId)) post(true);
});
