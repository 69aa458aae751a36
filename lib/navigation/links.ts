/**
 * The manager's deep links: `#/contacts?contact=12`, `?segment=3`, `?group=5`,
 * `?import=7`. Every screen that points to another builds its link here and
 * the contacts section reads them back with `readContactLinks`.
 */
export type ContactLinkParam = 'contact' | 'segment' | 'group' | 'import';

export interface ContactLinks {
  contactId?: number;
  segmentId?: number;
  groupId?: number;
  importId?: number;
}

const PARAM_OF: Record<keyof ContactLinks, ContactLinkParam> = {
  contactId: 'contact',
  segmentId: 'segment',
  groupId: 'group',
  importId: 'import',
};

function positiveId(raw: string | null): number | undefined {
  const id = Number(raw);
  return raw && Number.isInteger(id) && id > 0 ? id : undefined;
}

/** `#/contacts?…` for the given links (the section reads them on arrival and on every hash change). */
export function contactsHref(links: ContactLinks): string {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAM_OF) as Array<[keyof ContactLinks, ContactLinkParam]>) {
    const id = links[key];
    if (id !== undefined) params.set(param, String(id));
  }
  return `#/contacts${params.size ? `?${params}` : ''}`;
}

/** The links in the manager's hash parameters; anything but a positive integer id is ignored. */
export function readContactLinks(params: URLSearchParams): ContactLinks {
  const out: ContactLinks = {};
  for (const [key, param] of Object.entries(PARAM_OF) as Array<[keyof ContactLinks, ContactLinkParam]>) {
    const id = positiveId(params.get(param));
    if (id !== undefined) out[key] = id;
  }
  return out;
}

/** The same links without one of them (closing the drawer drops `contact`, keeps the segment). */
export function withoutLink(links: ContactLinks, key: keyof ContactLinks): ContactLinks {
  const rest = { ...links };
  delete rest[key];
  return rest;
}
