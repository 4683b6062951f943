/**
 * Text folded for matching names typed by people: Unicode NFD with combining marks removed, đ/Đ as d,
 * lower case, runs of spaces as one. "Hồ Chí Minh", "ho chi minh" and "HO CHI MINH" fold alike.
 * (Intl.Collator at base sensitivity keeps đ apart from d, which Vietnamese typists drop, so it is not enough.)
 *
 * @example
 * foldText('  Thành phố  Hà Nội '); // 'thanh pho ha noi'
 * foldText('Điện Biên'); // 'dien bien'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
