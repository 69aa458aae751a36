import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

const BARE = /^\d{8,15}$/;

/**
 * Bare international digits (`33612345678`, as CRMs and SMS tools export
 * them) written as a real number (`+33 6 12 34 56 78`) when libphonenumber
 * says they are one; every other value is kept as written.
 */
export function readPhone(value: string): string {
  if (!BARE.test(value)) return value;
  const number = parsePhoneNumberFromString(`+${value}`);
  return number?.isValid() ? number.formatInternational() : value;
}

export const isBareInternationalPhone = (value: string) => BARE.test(value.trim()) && readPhone(value.trim()) !== value.trim();
