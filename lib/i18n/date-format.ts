/**
 * Intl.DateTimeFormat per locale and options, built once: building one costs
 * far more than formatting with it, and a table or a board formats a date
 * per row (17 ms a render when each cell built its own).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}
