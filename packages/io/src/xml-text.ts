/**
 * Characters an XML 1.0 document cannot hold (so a workbook cell cannot either): C0 controls other than
 * tab, line feed and carriage return, U+FFFE, U+FFFF, and UTF-16 surrogates without their pair.
 */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ILLEGAL_ANY = new RegExp(XML_ILLEGAL.source);

/**
 * Text without the characters XML cannot hold (see above): the workbook writer passes every text cell
 * through it, so a name with U+FFFE still gives a workbook that Excel and canbang open.
 *
 * @example
 * stripXmlIllegal('Xã\uFFFE Mường\u0001 Phăng'); // 'Xã Mường Phăng'
 */
export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/**
 * The XML-illegal characters of `text` as `U+XXXX` codes (empty when there are none), for messages.
 *
 * @example
 * xmlIllegalCharacters('a\uFFFEb\u0001'); // ['U+FFFE', 'U+0001']
 */
export function xmlIllegalCharacters(text: string): string[] {
  // Most text has none: a test without the global flag is much cheaper than collecting matches.
  if (!XML_ILLEGAL_ANY.test(text)) return [];
  return [...text.matchAll(XML_ILLEGAL)].map((m) => `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
