/** The message an embed page sends its parent; the listener (src/embed/resizeListener.ts) accepts nothing else. */
export const EMBED_MESSAGE_TYPE = 'mzgh-height';
