/**
 * The placeholders in the portal's answer frame (site/pages/answer.tsx),
 * which the server replaces to answer a plain form post with an HTML page.
 * Pure data: the static export and the server both import it.
 */
export const ANSWER_TITLE = '{{answer-title}}'
export const ANSWER_SLOT = 'answer-slot'
/** Where the frame is exported, under the portal's folder. */
export const ANSWER_FRAME_FILE = 'answer/index.html'
