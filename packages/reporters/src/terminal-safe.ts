// C0/C1 control characters other than tab and newline, and the escape sequences they start.
// Article text reaches the terminal through messages: it must not be able to move the cursor or retitle the window.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text safe to print on a terminal: control characters shown as visible escapes. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
