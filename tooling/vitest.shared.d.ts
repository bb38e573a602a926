import type { UserConfig } from "vitest/config";
export declare function copydeskVitestConfig(overrides?: { testTimeout?: number }): UserConfig;
