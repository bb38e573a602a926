import type { FileResult, Summary } from "@copydesk/core";

/** The run's Summary, counted file by file (the same numbers as core's `summarize`, without holding the files). */
export class SummaryCounter {
  private readonly counts = { files: 0, errors: 0, warnings: 0, infos: 0, failures: 0 };

  add(file: FileResult): void {
    this.counts.files++;
    if (file.errors.length > 0) this.counts.failures++;
    for (const finding of file.findings) {
      if (finding.severity === "error") this.counts.errors++;
      else if (finding.severity === "warning") this.counts.warnings++;
      else this.counts.infos++;
    }
  }

  get summary(): Summary {
    return { ...this.counts };
  }
}
