/**
 * Runs inside every embed page: measures the whole document with a
 * ResizeObserver (documentElement, so collapsed margins count) and posts the
 * height to the parent in the pym.js, Datawrapper and AMP shapes, so the
 * iframe resizes under our own loader and under the scripts newsrooms
 * already run.
 */
import { ampMessage, datawrapperMessage, pymMessage } from '../lib/embed/messages';

const root = document.documentElement;
const chartId = root.dataset.embedId ?? 'chips-embed';
const childId = new URLSearchParams(location.search).get('childId');
let last = 0;

function post(): void {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage(datawrapperMessage(chartId, height), '*');
  window.parent.postMessage(ampMessage(height), '*');
  if (childId && /^[\w-]{1,64}$/.test(childId)) window.parent.postMessage(pymMessage(childId, height), '*');
}

new ResizeObserver(post).observe(root);
window.addEventListener('load', post);
