/**
 * Excel serial dates (1900 date system) and ISO text, by pure arithmetic: no Date object, so no
 * time zone or daylight-saving trap. Serial 25569 is 1970-01-01 and serial 1 is 1900-01-01 for
 * every date from 1900-03-01 on; Excel's phantom 1900-02-29 (serial 60) is not reproduced, so the
 * two months before it are one day off from Excel, which no purchasing data reaches.
 */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const UNIX_EPOCH_SERIAL = 25569;
const MINUTES_PER_DAY = 1440;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date: the era-based algorithm of Howard Hinnant's
 * "chrono-compatible low-level date algorithms", exact for every year.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The serial of a calendar date. `serialFromYmd(2026, 7, 15)` = 46218. */
export function serialFromYmd(year: number, month: number, day: number): number {
  return daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL;
}

/** The calendar date of a serial; a date-time's time of day is dropped. */
export function ymdFromSerial(serial: number): Ymd {
  return civilFromDays(Math.floor(serial) - UNIX_EPOCH_SERIAL);
}

/**
 * The same day of the month `months` months earlier, or the month's last day when it has no such
 * day (2026-03-31 less 1 month is 2026-02-28): how "every 12 months" is counted for audits.
 */
export function monthsBefore(serial: number, months: number): number {
  const { year, month, day } = ymdFromSerial(serial);
  const index = year * 12 + (month - 1) - months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  return serialFromYmd(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)));
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * ISO text of a serial: `2026-07-15`, or `2026-07-15T08:30` when it carries a time of day
 * (rounded to the minute, which is what a worksheet date-time format shows).
 */
export function isoFromSerial(serial: number): string {
  let day = Math.floor(serial);
  let minutes = Math.round((serial - day) * MINUTES_PER_DAY);
  if (minutes === MINUTES_PER_DAY) {
    day += 1;
    minutes = 0;
  }
  const { year, month, day: dayOfMonth } = civilFromDays(day - UNIX_EPOCH_SERIAL);
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
  return minutes === 0 ? date : `${date}T${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The serial of ISO text (`2026-07-15`, `2026-07-15T08:30`, `2026-07-15 08:30`, optional seconds),
 * or null when the text is not such a date or names an impossible one (`2026-02-30`, `24:00`).
 */
export function serialFromIso(text: string): number | null {
  const match = ISO_DATE.exec(text.trim());
  if (match === null) return null;
  const [, y, mo, d, h, mi, s] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!isValidYmd(year, month, day)) return null;
  const hours = h === undefined ? 0 : Number(h);
  const minutes = mi === undefined ? 0 : Number(mi);
  const seconds = s === undefined ? 0 : Number(s);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return serialFromYmd(year, month, day) + (hours * 3600 + minutes * 60 + seconds) / 86400;
}

/** Today's serial as the user's calendar shows it (local date of `now`), without time of day. */
export function todaySerial(now: Date): number {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The date and time of `now` on the machine's clock, as Excel's NOW() gives it: a serial with a fraction. */
export function nowSerial(now: Date): number {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  return todaySerial(now) + (now.getTime() - midnight) / 86_400_000;
}

/**
 * A workbook counts its serials from 1900 (Windows Excel's default) or from 1904 (LibreOffice's
 * option, older Excel for Mac): the same day is 1462 less in the 1904 system. Inside Costcard every
 * serial is of the 1900 system; each adapter converts where it reads from and writes to a workbook.
 */
export type DateSystem = "1900" | "1904";

/** Days from 1900-01-00 to 1904-01-01 as Excel counts them: a 1904-system serial plus this is a 1900-system serial. */
export const DATE_1904_OFFSET = 1462;

/** A workbook's serial of `system` as Costcard's 1900-system serial. */
export function serialFrom(system: DateSystem, workbookSerial: number): number {
  return system === "1904" ? workbookSerial + DATE_1904_OFFSET : workbookSerial;
}

/** Costcard's 1900-system serial as a serial of a workbook in `system`. */
export function serialIn(system: DateSystem, serial: number): number {
  return system === "1904" ? serial - DATE_1904_OFFSET : serial;
}
