const QUOTES = /^["'“”«»‘’\s]+|["'“”«»‘’\s]+$/g;

/**
 * A list in one cell: `Salon, Client`, `"Salon","Client"`, `["Salon","Client"]`,
 * `Salon; Client` (Outlook), `Salon ::: Client` (Google). Quotes keep a
 * separator inside a name (`"Paris, 2025"`) and are removed from the names.
 */
export function splitList(value: string): string[] {
  let text = value.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  if (text.includes(':::')) return clean(text.split(':::'));
  const separator = pickSeparator(text);
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return clean(out);
}

/** Comma first (our export, most tools), then semicolon, then pipe; only outside quotes. */
function pickSeparator(text: string): string {
  const found = new Set<string>();
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '|')) found.add(c);
  }
  return found.has(',') ? ',' : found.has(';') ? ';' : '|';
}

function clean(items: string[]): string[] {
  // Google's system labels ("* myContacts", "* starred") are not the user's tags.
  return items.map((v) => v.replace(QUOTES, '').replace(/""/g, '"').trim()).filter((v) => v && !v.startsWith('* '));
}
