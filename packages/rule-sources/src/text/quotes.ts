import { findQuotations, type QuotationSpan } from "@copydesk/core";

/**
 * The direct quotations of one block, for asking "is this inside quote marks?" in O(log n):
 * only outermost quotations matter (nested ones lie inside them), and those never overlap.
 */
export class QuoteIndex {
  readonly spans: ReadonlyArray<QuotationSpan>;

  constructor(text: string) {
    this.spans = findQuotations(text).filter((span) => span.depth === 0);
  }

  /** The outermost quotation whose content holds offset `at`, if any. */
  private around(at: number): QuotationSpan | undefined {
    let lo = 0;
    let hi = this.spans.length - 1;
    let found: QuotationSpan | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = this.spans[mid] as QuotationSpan;
      if (span.contentStart <= at) {
        found = span;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found !== undefined && at < found.contentEnd ? found : undefined;
  }

  /** True when `[start, end)` lies inside the content of a quotation. */
  inside(start: number, end: number): boolean {
    const span = this.around(start);
    return span !== undefined && end <= span.contentEnd;
  }

  /** True when the offset is a quote mark that opens or closes a quotation. */
  isMark(at: number): boolean {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = this.spans[mid] as QuotationSpan;
      if (at < span.start) hi = mid - 1;
      else if (at >= span.end) lo = mid + 1;
      else return at === span.start || (span.closed && at === span.end - 1);
    }
    return false;
  }
}
