// Study-day keys (YYYY-MM-DD) are calendar dates, so their arithmetic runs in UTC where no day is 23 hours long.
const DAY_MS = 86_400_000;

export const dayNumberOf = (key: string) => Math.round(Date.parse(`${key}T00:00:00Z`) / DAY_MS);
export const dayKeyOf = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
/** 0 for Monday through 6 for Sunday. */
export const weekdayOf = (dayNumber: number) => (new Date(dayNumber * DAY_MS).getUTCDay() + 6) % 7;

const shortDate = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
const monthName = new Intl.DateTimeFormat("en", { month: "short", timeZone: "UTC" });

export const formatShortDate = (dayNumber: number) => shortDate.format(new Date(dayNumber * DAY_MS));
export const formatMonth = (dayNumber: number) => monthName.format(new Date(dayNumber * DAY_MS));
export const dayOfMonth = (dayNumber: number) => new Date(dayNumber * DAY_MS).getUTCDate();
