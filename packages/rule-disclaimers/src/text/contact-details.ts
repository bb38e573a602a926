/**
 * Contact details in a block: e-mail addresses, telephone numbers and web addresses, found by
 * scanning (no regular expression over the whole text), each check bounded to a short window.
 */
export interface ContactDetails {
  readonly email: boolean;
  readonly phone: boolean;
  readonly web: boolean;
}

const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Longest part of an address looked at on either side of "@". */
const WINDOW = 64;

function isEmailAt(text: string, at: number): boolean {
  if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) return false;
  let dot = false;
  let i = at + 1;
  let labelLength = 0;
  for (; i < text.length && i <= at + WINDOW; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code) || code === 45) labelLength++;
    else if (code === 46 && labelLength > 0 && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1))) {
      dot = true;
      labelLength = 0;
    } else break;
  }
  return dot && labelLength >= 2;
}

/** A telephone number: at least 7 digits in a run of digits and separators, introduced by "+" or "(" or with 10 digits or more. */
function phoneFrom(text: string, start: number): { isPhone: boolean; end: number } {
  let digits = 0;
  let i = start;
  const lead = text[start];
  for (; i < text.length && i < start + 32; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) digits++;
    else if (!(code === 32 || code === 45 || code === 46 || code === 40 || code === 41 || code === 43 || code === 0xa0)) break;
  }
  return { isPhone: digits >= 7 && (lead === "+" || lead === "(" || digits >= 10), end: i };
}

export function contactDetails(text: string): ContactDetails {
  let email = false;
  let phone = false;
  let web = false;
  for (let i = 0; i < text.length && !(email && phone && web); i++) {
    const char = text[i] as string;
    if (char === "@") {
      email ||= isEmailAt(text, i);
      continue;
    }
    const previous = i === 0 ? 32 : text.charCodeAt(i - 1);
    const startsRun = !isDigit(previous) && previous !== 43 && previous !== 40;
    if ((char === "+" || char === "(" || isDigit(text.charCodeAt(i))) && startsRun) {
      const run = phoneFrom(text, i);
      phone ||= run.isPhone;
      i = Math.max(i, run.end - 1);
      continue;
    }
    if ((char === "h" || char === "w" || char === "H" || char === "W") && !isWordChar(previous)) {
      const head = text.slice(i, i + 8).toLowerCase();
      web ||= head.startsWith("http://") || head.startsWith("https://") || head.startsWith("www.");
    }
  }
  return { email, phone, web };
}
