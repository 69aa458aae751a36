import type { ContactDraft } from '../model/contact';
import type { CaptureMethod, CapturedProfile } from './profile';

/** The contact draft a capture makes: the profile's fields, its email, and where and when it was seen. */
export function draftFromProfile(profile: CapturedProfile, email: string, where: string, method: CaptureMethod, at = Date.now()): ContactDraft {
  return {
    email,
    firstName: profile.firstName,
    lastName: profile.lastName,
    company: profile.company,
    title: profile.title,
    phone: profile.phone,
    linkedinUrl: profile.linkedinUrl,
    source: { method, where, at },
  };
}
