'use strict';
// date-fns exercised broadly (run with TZ=UTC): formatting, parsing, arithmetic, comparisons,
// intervals, week/ISO helpers, durations, locales, and invalid input.
const df = require('date-fns');
const { enUS, de, fr, ja } = require('date-fns/locale');

const base = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
const out = (label, v) => console.log(label, JSON.stringify(v, (k, x) => (typeof x === 'string' || typeof x !== 'object' || x === null ? x : x)));
const fmts = ['yyyy-MM-dd HH:mm:ss.SSS', 'PPPPpppp', "EEEE, do 'of' MMMM yyyy", 'QQQ R-II-i', 'h:mm a, BBBB', 'yy LLLLL w Y ww', 't T', 'X xxx', 'G GGGG', 'D DD DDD'];
for (const f of fmts) out(f, [enUS, de, fr, ja].map((locale) => df.format(base, f, { locale, useAdditionalWeekYearTokens: true, useAdditionalDayOfYearTokens: true })));
out('formatISO', [df.formatISO(base), df.formatISO9075(base), df.formatRFC3339(base, { fractionDigits: 3 }), df.formatRFC7231(base), df.lightFormat(base, 'yyyy-MM-dd')]);
out('relative', [df.formatDistance(base, df.addDays(base, 40)), df.formatDistanceStrict(base, df.subHours(base, 30), { unit: 'minute' }), df.formatRelative(df.addDays(base, 3), base, { locale: de }), df.formatDuration({ years: 2, months: 9, weeks: 1, days: 7, hours: 5 }, { locale: fr })]);
out('add', [df.add(base, { years: 1, months: 1, days: -1 }), df.addMonths(base, 12), df.addBusinessDays(base, 10), df.subQuarters(base, 5), df.addISOWeekYears(base, 1), df.addMilliseconds(base, 999)]);
out('differences', [df.differenceInDays(df.addYears(base, 2), base), df.differenceInBusinessDays(df.addDays(base, 30), base), df.differenceInCalendarISOWeeks(df.addDays(base, 50), base), df.differenceInMonths(df.addDays(base, 400), base), df.differenceInYears(base, new Date(0)), df.intervalToDuration({ start: new Date(0), end: base })]);
out('start/end', [df.startOfWeek(base, { weekStartsOn: 1 }), df.endOfMonth(base), df.startOfISOWeekYear(base), df.endOfQuarter(base), df.startOfDecade(base), df.lastDayOfMonth(base), df.roundToNearestMinutes(base, { nearestTo: 15 })]);
out('queries', [df.isLeapYear(base), df.getISOWeek(base), df.getWeekOfMonth(base), df.getDaysInMonth(base), df.isWeekend(base), df.isSameWeek(base, df.addDays(base, 2)), df.isWithinInterval(base, { start: new Date(0), end: df.addDays(base, 1) }), df.getOverlappingDaysInIntervals({ start: base, end: df.addDays(base, 10) }, { start: df.addDays(base, 5), end: df.addDays(base, 20) })]);
out('intervals', [df.eachDayOfInterval({ start: base, end: df.addDays(base, 5) }).map((d) => d.getUTCDate()), df.eachWeekendOfMonth(base).length, df.eachMonthOfInterval({ start: base, end: df.addMonths(base, 14) }).length, df.eachHourOfInterval({ start: base, end: df.addHours(base, 5) }, { step: 2 }).length, df.eachQuarterOfInterval({ start: new Date(0), end: base }).length]);
out('compare', [df.closestTo(base, [new Date(0), df.addDays(base, 2), df.subDays(base, 1)]), df.compareAsc(base, new Date(0)), df.max([base, new Date(0)]), df.min([base, new Date(0)]), [df.addDays(base, 2), base, new Date(0)].sort(df.compareDesc)]);
const parsed = [
  ['2024-03-05', 'yyyy-MM-dd'],
  ['05/03/24 11:22 PM', 'dd/MM/yy hh:mm a'],
  ['2024-W10-3', "RRRR-'W'II-i"],
  ['Tuesday, 5th of March', "EEEE, do 'of' MMMM"],
  ['12 Oktober 2023', 'd MMMM yyyy', { locale: de }],
  ['not a date', 'yyyy'],
];
out('parse', parsed.map(([s, f, o]) => { const d = df.parse(s, f, base, o); return df.isValid(d) ? d.toISOString() : 'Invalid'; }));
out('parseISO', [df.parseISO('2024-02-29T13:45:30.123+05:30'), df.parseISO('2024-W09-4'), df.parseJSON('2024-02-29T13:45:30.123Z'), df.isValid(df.parseISO('2024-02-30'))]);
out('set/get', [df.setDay(base, 0), df.setISOWeek(base, 1), df.set(base, { year: 2000, month: 0, date: 1 }), df.getUnixTime(base), df.fromUnixTime(1e9), df.getTime(base)]);
try {
  df.format(new Date(NaN), 'yyyy');
} catch (e) {
  out('invalid', [e.name, e.message]);
}
try {
  df.format(base, 'yyyy-MM-dd YYYY');
} catch (e) {
  out('week-year token', [e.name, e.message.split('\n')[0]]);
}
