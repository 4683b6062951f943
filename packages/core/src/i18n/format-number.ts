import type { Locale } from './locale.ts';

// BCP 47 tags for Intl: vi-VN groups with '.' and uses ',' for decimals (126.217; 1.453,3).
const INTL_TAG: Readonly<Record<Locale, string>> = { vi: 'vi-VN', en: 'en-US' };
const formatters = new Map<string, Intl.NumberFormat>();

/** The BCP 47 tag Intl and `<html lang>` use for a locale. */
export function intlTag(locale: Locale): string {
  return INTL_TAG[locale];
}

/**
 * A number for human-facing text in the locale's style (Intl.NumberFormat), with exactly `digits` decimals;
 * an em dash for a missing value. Machine formats (CSV, JSON) never use this.
 *
 * @example
 * formatNumber(126217.4, 'vi'); // '126.217'
 * formatNumber(1453.25, 'vi', 1); // '1.453,3'
 * formatNumber(1453.25, 'en', 1); // '1,453.3'
 */
export function formatNumber(value: number | null | undefined, locale: Locale, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const key = `${locale}:${digits}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(INTL_TAG[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  // Intl prints -0 as "-0": a rounded-away sign means nothing to a reader.
  const text = formatter.format(value);
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * A ratio for human-facing text: two decimals unless asked otherwise, locale style.
 *
 * @example
 * formatRatio(0.8234, 'vi'); // '0,82'
 */
export function formatRatio(value: number | null | undefined, locale: Locale, digits = 2): string {
  return formatNumber(value, locale, digits);
}

/**
 * A number in explanations: rounded to two decimals with no trailing zeros; English keeps the plain
 * JavaScript form (1234.5, as explanations always read), Vietnamese the vi-VN style (1.234,5).
 *
 * @example
 * formatShort(36.4213, 'en'); // '36.42'
 * formatShort(1234.5, 'vi'); // '1.234,5'
 */
export function formatShort(value: number, locale: Locale): string {
  const rounded = Math.round(value * 100) / 100;
  if (locale === 'en' || !Number.isFinite(rounded)) return rounded.toString();
  const key = `${locale}:short`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 2 });
    formatters.set(key, formatter);
  }
  return formatter.format(rounded);
}
