/**
 * Which scrolly step is active, as a pure function of where the steps are.
 * Deciding from positions (not from the stream of intersection events) is
 * what keeps activation monotone with scroll position: fast scrolling,
 * hash jumps and mid-page reloads all land on the same answer.
 */

/** Index of the last step whose top edge is at or above the trigger line; -1 before the first. */
export function activeStepIndex(stepTops: readonly number[], triggerLine: number): number {
  let active = -1;
  for (let i = 0; i < stepTops.length; i++) {
    if (stepTops[i]! <= triggerLine) active = i;
    else break;
  }
  return active;
}

/** Index of the step to move to from `current` by `delta`, kept inside the list. */
export function stepTarget(current: number, delta: -1 | 1, count: number): number {
  if (count === 0) return -1;
  // From above the first step, either direction enters the scrolly at its first step.
  if (current < 0) return 0;
  return Math.min(count - 1, Math.max(0, current + delta));
}
