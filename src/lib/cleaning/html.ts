const TAG = /<\/?[a-zA-Z][^<>]*>/g;

/** Removes HTML tags left by the mirror site; the text between tags is kept. */
export function stripHtmlTags(text: string): string {
  return text.replace(TAG, '');
}
