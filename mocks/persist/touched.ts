/**
 * The clock and lesson progress are kept beside the lab (mocks/store.ts). When a request changes
 * only them (leaving a lesson, a 10× clock), the lab's revision must still move so that other
 * tabs read them again: they say so here, and the request's write happens even without a change
 * to the lab itself.
 */
let touched = false;
export const touch = () => {
  touched = true;
};
export function takeTouched(): boolean {
  const t = touched;
  touched = false;
  return t;
}
