/** 0: nothing at error severity. 1: error-severity findings, or more warnings than --max-warnings. 2: the run itself failed. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
