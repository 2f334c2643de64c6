/** Text made safe inside SVG or HTML markup, as element content or a double-quoted attribute value. */
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
