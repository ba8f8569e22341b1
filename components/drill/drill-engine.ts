/**
 * What makes and judges a drill's questions: the simulator and the shells run in the page to
 * build each question's lab and work out its answer (~1 MB before minification). /drill loads it
 * after its first paint instead of in its first load (docs/decisions/081-…).
 */
export { kindsFor, parseQuestionId, question, sessionIds } from '@/lib/drills/generate';
export { isRight } from '@/lib/drills/judge';
