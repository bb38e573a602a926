/** Where a command writes: real streams in the binary, buffers in tests. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly isTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: process.stdout.isTTY === true,
  env: process.env,
});

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
export const useColor = (io: Io): boolean => io.isTty && (io.env["NO_COLOR"] ?? "") === "" && io.env["TERM"] !== "dumb";
