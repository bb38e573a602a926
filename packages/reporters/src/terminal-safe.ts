// C0/C1 control characters and the escape sequences they start (ESC [ is CSI, U+009B is CSI on its own).
// Article text reaches the terminal through messages: it must not be able to move the cursor, erase
// the screen, ring the bell, overstrike with backspace or retitle the window.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// In one field of a one-line row, tab and newline are controls too: a newline in a file name or
// message would start a row of its own that looks like copydesk's.
const LINE_CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

const visible = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Text safe to print on a terminal: control characters other than tab and newline shown as visible escapes. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, visible);
}

/** One field of a one-line row (a path, a message): every control character shown as a visible escape. */
export function terminalSafeLine(text: string): string {
  return text.replace(LINE_CONTROL, visible);
}
