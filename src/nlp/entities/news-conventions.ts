// Corrections after tagging that follow from how news pages are written rather than from how
// names are built: time zones in datelines, organisations named without a cue word, and photo
// credits inside the text. The lists they read are in known-names.ts.
import type { EntityMention, EntityType } from '../../types.js';
import {
  CALENDAR_WORDS,
  KNOWN_ORGANISATIONS,
  NEWS_AGENCIES,
  PHOTO_CREDIT_LABELS,
  STATE_ABBREVIATIONS,
  TIME_ZONES,
  UNITS,
} from './known-names.js';
import { displayName } from './spans.js';

function isTimeZoneOrUnit(word: string): boolean {
  const bare = word.replace(/\./g, '');
  return TIME_ZONES.has(bare) || UNITS.has(bare.toLowerCase());
}

/**
 * TIME_ZONE / UNIT / CALENDAR_WORD rules: a mention that is a time zone, a unit or a season,
 * weekday or month alone is dropped ("07:41 GMT", "their Autumn meetings"); one
 * that ends with one, or starts with one right after a number, loses that word ("19.54 BST
 * Transocean is" → "Transocean").
 */
export function withoutTimeZonesAndUnits(text: string, mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    let start = m.start;
    let end = m.end;
    for (;;) {
      const written = text.slice(start, end);
      const space = written.indexOf(' ');
      // Only after a clock time or an amount: "PT Timor Putra Nasional" is an Indonesian company.
      if (space < 0 || !/\d\s*$/.test(text.slice(Math.max(0, start - 4), start))) break;
      if (!isTimeZoneOrUnit(written.slice(0, space))) break;
      start += space + 1;
      while (text.charAt(start) === ' ') start++;
    }
    for (;;) {
      const written = text.slice(start, end);
      const space = written.lastIndexOf(' ');
      if (space < 0) break;
      if (!isTimeZoneOrUnit(written.slice(space + 1))) break;
      end = start + space;
      while (end > start && text.charAt(end - 1) === ' ') end--;
    }
    const written = text.slice(start, end);
    if (isTimeZoneOrUnit(written) || CALENDAR_WORDS.has(written.toLowerCase())) continue;
    out.push(start === m.start && end === m.end ? m : { ...m, start, end, text: written, name: displayName(written) });
  }
  return out;
}

/** The comparison form of an organisation's name: no dots, no leading "the", one space. */
function organisationKey(name: string): string {
  return name.replace(/\./g, '').replace(/\s+/g, ' ').trim().replace(/^the /i, '');
}

function isAcronym(name: string): boolean {
  return /^[A-Z]+$/.test(name);
}

const ACRONYM_ORGANISATIONS = new Set<string>();
const NAMED_ORGANISATIONS = new Set<string>();
for (const name of Object.values(KNOWN_ORGANISATIONS).flat()) {
  if (isAcronym(name)) ACRONYM_ORGANISATIONS.add(name);
  else NAMED_ORGANISATIONS.add(organisationKey(name).toLowerCase());
}

/** Whether `name` is in KNOWN_ORGANISATIONS: acronyms in capitals only, other names in any case. */
export function isKnownOrganisation(name: string): boolean {
  const key = organisationKey(name);
  return ACRONYM_ORGANISATIONS.has(key) || NAMED_ORGANISATIONS.has(key.toLowerCase());
}

// OUTLET_AFTER_CUE: a word for a newspaper, a broadcaster or a news agency, in lower case, right
// before a name ("the news weekly Der Spiegel", "the newspaper Granma", "state news agency IRNA").
// CoNLL-2003 train types 25 of 26 names after such a word for a paper as organisations (the
// other a daily named "Iran"), and 15 of 17 after one for an agency or a broadcaster. In current
// news a bare "daily" or "weekly" is mostly an adjective ("the daily White House briefing") and a
// bare "agency" runs into a name in run-on text ("new leadership at the agency Michael Bromwich"):
// only "news daily", "news weekly" and "news agency" count. Tried and left out: a name before
// "reported" or "quoted" (32 of 34 and 10 of 12 organisations in train) is a person as often in
// Timeline17 ("Adm. Thad Allen reported", "Vladimir Putin quoted the proverb", "Henry reported
// from Atlanta").
const BEFORE_OUTLET_NAMES =
  /\b(?:newspaper|news daily|news weekly|magazine|tabloid|news agency|press agency|broadcaster|television|radio) +$/;

/**
 * OUTLET_AFTER_CUE rule: a name the article puts right after a word for a newspaper, broadcaster
 * or news agency is an organisation there and wherever else the article names it ("Granma
 * called ...", which the tagger read as a place).
 */
export function outletsNamedAfterCue(text: string, mentions: EntityMention[]): EntityMention[] {
  const outlets = new Set<string>();
  for (const m of mentions) {
    if (BEFORE_OUTLET_NAMES.test(text.slice(Math.max(0, m.start - 16), m.start))) outlets.add(m.text.toLowerCase());
  }
  if (outlets.size === 0) return mentions;
  return mentions.map((m) =>
    m.type !== 'ORG' && outlets.has(m.text.toLowerCase()) ? { ...m, type: 'ORG' as EntityType } : m,
  );
}

/** KNOWN_ORGANISATION rule: "Oxfam", "Twitter", "the BBC" are organisations wherever they are named. */
export function withKnownOrganisations(mentions: EntityMention[]): EntityMention[] {
  return mentions.map((m) =>
    m.type !== 'ORG' && isKnownOrganisation(m.text) ? { ...m, type: 'ORG' as EntityType } : m,
  );
}

const AGENCY_KEYS = new Set(NEWS_AGENCIES.map((a) => a.toLowerCase()));
const LABELS = new Set(PHOTO_CREDIT_LABELS);
// The longest credit a page writes is a photographer, a pool and an agency or two.
const MAX_CREDIT = 100;
// The most words a photographer's or an agency's name takes before a slash.
const CREDIT_NAME_WORDS = 5;

// "Gerald Herbert", "AP Photo", "Getty Images", "the Washington Post": one part of a credit.
function isCreditPart(part: string): boolean {
  const words = part.trim().split(/\s+/);
  if (words.length === 0 || words.length > 6 || !words[0]) return false;
  if (AGENCY_KEYS.has(part.trim().toLowerCase())) return true;
  const first = words[0] === 'the' ? words[1] : words[0];
  return first !== undefined && /^\p{Lu}/u.test(first);
}

// A slash in a credit, written "/" or, in text taken from JSON, "\/".
function creditParts(credit: string): string[] {
  return credit.split('/').map((part) => part.replace(/\\$/, ''));
}

/**
 * PHOTO_CREDIT rule: the character ranges of photo credits in `text`: a bracketed
 * "Name/Agency" ("(Hadi Mizban/AP)", "(AP Photo/Alastair Grant)"), and a labelled credit
 * ("Photograph: Gerald Herbert/AP", "Photograph: Getty Images") up to its last agency.
 */
export function photoCreditRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const window = text.slice(open + 1, open + 1 + MAX_CREDIT);
    const length = window.indexOf(')');
    if (length < 0) continue;
    const close = open + 1 + length;
    const inside = window.slice(0, length);
    if (!inside.includes('/') || /[\n(]/.test(inside)) continue;
    const parts = creditParts(inside);
    if (parts.length >= 2 && parts.every(isCreditPart)) ranges.push([open, close + 1]);
  }
  for (const label of LABELS) {
    for (let at = text.indexOf(`${label}:`); at >= 0; at = text.indexOf(`${label}:`, at + 1)) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
      const from = at + label.length + 1;
      const end = labelledCreditEnd(text, from);
      if (end > from) ranges.push([at, end]);
    }
  }
  // "(Photos By Gerald Herbert)", "Photograph by Jane Doe": the photographer after "by".
  for (const label of LABELS) {
    for (const by of [`${label} by `, `${label} By `]) {
      for (let at = text.indexOf(by); at >= 0; at = text.indexOf(by, at + 1)) {
        const end = photographerEnd(text, at + by.length);
        if (end > at + by.length) ranges.push([at, end]);
      }
    }
  }
  // "AP Photo/Patrick Semansky" outside brackets: the photographer's name after the slash.
  for (const agency of NEWS_AGENCIES) {
    const label = `${agency} Photo`;
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
      let from = at + label.length;
      if (text.startsWith('\\/', from)) from += 2;
      else if (text.startsWith('/', from)) from += 1;
      else continue;
      const end = photographerEnd(text, from);
      if (end > from && !ranges.some(([a, b]) => at >= a && at < b)) ranges.push([at, end]);
    }
  }
  return ranges;
}

// A photographer's name: a first name, perhaps an initial, a surname ("Tracy A. Woodward").
const PHOTOGRAPHER = /\p{Lu}[\p{L}'-]*(?: \p{Lu}\.)? \p{Lu}[\p{L}'-]*/uy;

function photographerEnd(text: string, from: number): number {
  PHOTOGRAPHER.lastIndex = from;
  return PHOTOGRAPHER.test(text) ? PHOTOGRAPHER.lastIndex : from;
}

// Agencies longest first, so "Getty Images" is taken whole before "Getty".
const AGENCIES_LONGEST_FIRST = [...NEWS_AGENCIES].sort((x, y) => y.length - x.length);

// The agency `text` starts with at `at`, as a whole word, or null.
function agencyAt(text: string, at: number): string | null {
  for (const agency of AGENCIES_LONGEST_FIRST) {
    if (text.startsWith(agency, at) && !/[\p{L}\p{N}]/u.test(text.charAt(at + agency.length))) return agency;
  }
  return null;
}

// Where a labelled credit ends: through its last slash and the agency after it ("Herbert/Getty
// Images"); without a slash, a known agency or a name of at most two capitalised words.
function labelledCreditEnd(text: string, from: number): number {
  const line = text.slice(from, Math.min(text.length, from + MAX_CREDIT)).split('\n')[0]!;
  let offset = from;
  let end = from;
  let capitalised = 0;
  let sawSlash = false;
  const words = line.split(' ');
  // A name before the credit's slash may hold lower-case words ("Carl de Souza/AFP", "Centers
  // for Disease Control/Reuters"): up to the slash, within a name's length, it is all credit.
  const slashAt = words.findIndex((word) => word.includes('/'));
  const nameWords =
    slashAt > 0 && slashAt <= CREDIT_NAME_WORDS && words.slice(0, slashAt).every((word) => !/[.,;:!?]$/.test(word))
      ? slashAt
      : 0;
  for (const [i, word] of words.entries()) {
    const wordStart = offset;
    offset += word.length + 1;
    if (word === '') continue;
    if (i < nameWords) {
      end = wordStart + word.length;
      continue;
    }
    if (word.includes('/')) {
      sawSlash = true;
      const slash = word.lastIndexOf('/');
      const agency = agencyAt(text, wordStart + slash + 1);
      end = Math.max(wordStart + word.length, agency ? wordStart + slash + 1 + agency.length : 0);
      offset = Math.max(offset, end + 1);
      continue;
    }
    if (sawSlash || !/^\p{Lu}/u.test(word)) break;
    if (capitalised === 0) {
      const agency = agencyAt(text, wordStart);
      if (agency) return wordStart + agency.length;
    }
    if (++capitalised > 2) break;
    end = wordStart + word.length;
  }
  return end;
}

/** PHOTO_CREDIT rule: names inside a photo credit are not people or organisations of the story. */
export function withoutPhotoCredits(text: string, mentions: EntityMention[]): EntityMention[] {
  const ranges = photoCreditRanges(text);
  if (ranges.length === 0) return mentions;
  // Ranges by start, with the furthest end so far: a mention overlaps some range when, of the
  // ranges starting before it ends, one ends after it starts. A page of credits stays linear.
  const sorted = ranges.slice().sort((x, y) => x[0] - y[0]);
  const furthest: number[] = [];
  for (const [, to] of sorted) furthest.push(Math.max(to, furthest.at(-1) ?? -Infinity));
  return mentions.filter((m) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < m.end) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || furthest[lo - 1]! <= m.start;
  });
}

/**
 * STATE_ABBREVIATION rule: "Grand Isle, La.", "BARATARIA BAY, La. --": an AP state abbreviation,
 * with its dot, right after a name and a comma names the state, and the name before it is a town
 * there (a place, though the tagger may have read "Grand Isle" as a person).
 */
export function statesAfterPlaces(text: string, mentions: EntityMention[]): EntityMention[] {
  const out = mentions.slice();
  for (let k = 1; k < out.length; k++) {
    const m = out[k]!;
    const before = out[k - 1]!;
    const state = STATE_ABBREVIATIONS.get(m.text.replace(/\./g, '').toLowerCase());
    if (state === undefined || !(m.text.endsWith('.') || text.charAt(m.end) === '.')) continue;
    if (before.type === 'MISC' || !/^\s*,\s*$/.test(text.slice(before.end, m.start))) continue;
    out[k] = { ...m, type: 'PLACE', name: state, typedByRule: true };
    if (before.type === 'PERSON') out[k - 1] = { ...before, type: 'PLACE', typedByRule: true };
  }
  return out;
}

// DATELINE: a line that opens with a place in capitals, perhaps a region after a comma, then the
// date of filing or the agency in brackets, says where the story was filed: "WIGAN , England
// 1996-08-31", "ST. LOUIS 1996-08-30", "ROCHESTER , N.H. 1996-08-30", "HOUSTON (Reuters) -".
// CoNLL-2003 train has 907 lines that open in capitals and end on a date: 898 name places only
// (640 one place, 123 a place and its region), 5 an organisation, 4 a person.
const ISO_DATE_AT_END = /\d{4}-\d\d-\d\d\s*$/;
const AGENCY_NAMES = NEWS_AGENCIES.map((agency) => agency.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('|');
const AGENCY_IN_BRACKETS = new RegExp(`^\\((?:${AGENCY_NAMES})\\)`);

// A dateline may name the organisation whose seat the story was filed from: "UNITED NATIONS
// 1996-08-28" is the United Nations (CoNLL-2003 train: 3 of 3 such datelines), not a place.
const SEATS_OF_ORGANISATIONS: ReadonlySet<string> = new Set(['UNITED NATIONS']);

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

// A character of a place in capitals at `at`: a capital, a dot, a space or an apostrophe, or a
// hyphen between capitals ("WILKES-BARRE"; "WASHINGTON -- WASHINGTON (AP)" names it twice).
function isDatelineCapital(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 45) return isCapital(text.charCodeAt(at - 1)) && isCapital(text.charCodeAt(at + 1));
  return isCapital(code) || code === 46 || code === 32 || code === 39;
}

/** DATELINE rule: the place (and region) a line opens with before the date or agency are places. */
export function placesInDatelines(text: string, mentions: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (const m of mentions) {
    if ((m.start > 0 && text.charAt(m.start - 1) !== '\n') || m.text !== m.text.toUpperCase()) continue;
    let lineEnd = text.indexOf('\n', m.start);
    if (lineEnd < 0) lineEnd = text.length;
    // The place: capitals, dots, spaces, apostrophes and hyphens from the line's start.
    let placeEnd = m.start;
    while (placeEnd < lineEnd && isDatelineCapital(text, placeEnd)) placeEnd++;
    while (placeEnd > m.start && text.charAt(placeEnd - 1) === ' ') placeEnd--;
    if (placeEnd < m.end) continue;
    let rest = text.slice(placeEnd, lineEnd).trimStart();
    let region: [number, number] | null = null;
    if (AGENCY_IN_BRACKETS.test(rest)) rest = '';
    else {
      const date = ISO_DATE_AT_END.exec(rest);
      if (!date) continue;
      const before = rest.slice(0, date.index).trim();
      if (before) {
        if (!before.startsWith(',') || before.length > 40) continue;
        const name = before.slice(1).trim();
        const at = text.indexOf(name, placeEnd);
        if (!/^\p{Lu}/u.test(name)) continue;
        region = [at, at + name.length];
      }
    }
    const place = text.slice(m.start, placeEnd);
    const found: EntityMention[] = [
      {
        start: m.start,
        end: placeEnd,
        text: place,
        type: SEATS_OF_ORGANISATIONS.has(place.replace(/\s+/g, ' ')) ? 'ORG' : 'PLACE',
        name: displayName(place),
        typedByRule: true,
      },
    ];
    if (region) {
      const written = text.slice(region[0], region[1]);
      found.push({
        start: region[0],
        end: region[1],
        text: written,
        type: 'PLACE',
        name: displayName(written),
        typedByRule: true,
      });
    }
    out ??= mentions.slice();
    const lineStart = m.start;
    out = out.filter((x) => x.end <= lineStart || x.start >= (region ? region[1] : placeEnd));
    out.push(...found);
  }
  return out ? out.sort((a, b) => a.start - b.start) : mentions;
}
