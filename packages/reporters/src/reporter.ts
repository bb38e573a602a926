import type { Report } from "@copydesk/core";

export interface RenderOptions {
  /** ANSI colours (only on a terminal, never with NO_COLOR). */
  readonly color: boolean;
}

export interface Reporter {
  readonly name: string;
  readonly render: (report: Report, options: RenderOptions) => string;
}
