import { isValidEmail, normalizeEmail } from '../model/email';
import { bouncedAddresses, isProviderDaemon, quotedRecipients } from './bounce';
import { blockLines } from './block-text';
import { GMAIL, gmailThreadId } from './gmail-selectors';
import { THREAD_LIMITS as LIMITS, type GmailPersonReport, type GmailThreadReport } from './gmail-types';
import { isMachineAddress, isRoleAddress } from './mail-addresses';
import { locateSignature } from './signature-locate';

/**
 * Read the open Gmail thread: its people with their raw signature lines, and
 * the bounces it holds. Small and library-free because the content script
 * runs it; lib/capture/gmail.ts adds company, title and phone. Null when no
 * thread is open (inbox, search results).
 */
export function readGmailThread(doc: Document, url: string): GmailThreadReport | null {
  const owner = mailboxOwner(doc);
  if (!gmailThreadId(url)) return null;
  const main = doc.querySelector(GMAIL.main) ?? doc.body;
  if (!main) return null;
  const people = new Map<string, GmailPersonReport>();
  const bounces = new Set<string>();
  // Who the owner wrote to in this thread: only their bounces count.
  const wroteTo = new Set<string>();

  const add = (element: Element, role: GmailPersonReport['role']): GmailPersonReport | undefined => {
    const email = normalizeEmail(element.getAttribute('email') ?? '');
    if (!isValidEmail(email) || email === owner || isMachineAddress(email)) return undefined;
    const known = people.get(email);
    if (known) {
      if (role === 'sender') known.role = 'sender';
      known.name ??= nameOf(element, email);
      return known;
    }
    if (people.size >= LIMITS.people) return undefined;
    const person: GmailPersonReport = { email, role, roleAddress: isRoleAddress(email) };
    const name = nameOf(element, email);
    if (name) person.name = name;
    people.set(email, person);
    return person;
  };

  const messages = outermost([...main.querySelectorAll(GMAIL.message)]).filter((m) => !m.closest(GMAIL.listRow));
  for (const message of messages) {
    const senderElement = headerElements(message, GMAIL.sender)[0];
    for (const element of headerElements(message, GMAIL.recipient)) add(element, 'recipient');
    if (!senderElement) continue;
    const body = message.querySelector(GMAIL.body);
    const senderEmail = normalizeEmail(senderElement.getAttribute('email') ?? '');
    if (owner && senderEmail === owner) {
      for (const element of headerElements(message, GMAIL.recipient)) wroteTo.add(normalizeEmail(element.getAttribute('email') ?? ''));
    }
    if (isProviderDaemon(senderEmail) && body) {
      const text = (body.textContent ?? '').slice(0, LIMITS.bodyChars);
      if (owner) for (const email of quotedRecipients(blockLines(body, LIMITS.bodyChars, ''), owner)) wroteTo.add(email);
      for (const failed of bouncedAddresses(text, LIMITS.bounces)) {
        if (failed !== owner && !isMachineAddress(failed)) bounces.add(failed);
      }
    }
    const sender = add(senderElement, 'sender');
    if (sender && body) {
      const signature = signatureOf(body, sender.name);
      // Messages run oldest to newest: the latest signature wins.
      if (signature) sender.signature = signature;
    }
  }
  // Last resort (unknown markup): every address Gmail marks up outside bodies and the list.
  if (!messages.length) {
    for (const element of headerElements(main, GMAIL.anyAddress)) {
      add(element, element.matches(GMAIL.sender) ? 'sender' : 'recipient');
    }
  }
  const report: GmailThreadReport = { people: [...people.values()], bounces: [...bounces].filter((email) => wroteTo.has(email)).slice(0, LIMITS.bounces) };
  if (owner) report.owner = owner;
  return report;
}

/** From the title ("Subject - owner@x.com - Gmail"), else the account button's label. */
export function mailboxOwner(doc: Document): string | undefined {
  const fromTitle = doc.title.split(' - ').map((part) => part.trim()).reverse().find((part) => isValidEmail(part) && part.includes('@'));
  if (fromTitle) return normalizeEmail(fromTitle);
  const label = doc.querySelector(GMAIL.account)?.getAttribute('aria-label') ?? '';
  const match = /[^\s()<>]+@[^\s()<>]+\.[a-z]{2,}/i.exec(label);
  return match ? normalizeEmail(match[0]) : undefined;
}

/** Matches of `selector` in `root` that are not inside a message body or a list row. */
function headerElements(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((element) => !element.closest(`${GMAIL.body}, ${GMAIL.listRow}`));
}

function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (set.has(parent)) return false;
    return true;
  });
}

function nameOf(element: Element, email: string): string | undefined {
  const raw = (element.getAttribute('name') ?? element.textContent ?? '').replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  // Gmail shows "me"/"moi" for the owner and sometimes the address itself.
  if (!raw || raw.includes('@') || normalizeEmail(raw) === email) return undefined;
  return raw.slice(0, 200);
}

function signatureOf(body: Element, name: string | undefined): string[] | undefined {
  const marked = [...body.querySelectorAll(GMAIL.signature)].find((element) => !element.closest('.gmail_quote, blockquote'));
  const lines = marked ? blockLines(marked, LIMITS.bodyChars) : locateSignature(blockLines(body, LIMITS.bodyChars), name);
  const bounded = lines?.slice(0, LIMITS.signatureLines).map((line) => line.slice(0, LIMITS.lineLength));
  return bounded?.length ? bounded : undefined;
}
