// Reads a date as Danish documents write it ("1. marts 2027", "01-03-2027", "2027-03-01") into ÅÅÅÅ-MM-DD.
import { isIsoDate } from '../calendar/iso-date.ts';

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** Returns the date as ÅÅÅÅ-MM-DD when the text is one whole day, or undefined ("Maj 2015" is no day, and stays as written). */
export function danishDate(text: string): string | undefined {
  const trimmed = text.trim().toLocaleLowerCase('da').replace(/^(?:d\.|den)\s+/u, '');
  if (isIsoDate(trimmed)) return trimmed;
  let parts: [number, number, number] | undefined;
  const written = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})$/u.exec(trimmed);
  if (written) {
    const month = MONTHS.findIndex((name) => name.startsWith(written[2]!) && written[2]!.length >= 3);
    if (month >= 0) parts = [Number(written[3]), month + 1, Number(written[1])];
  }
  const numeric = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/u.exec(trimmed);
  if (numeric) parts = [Number(numeric[3]), Number(numeric[2]), Number(numeric[1])];
  if (!parts) return undefined;
  const iso = `${parts[0]}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}
