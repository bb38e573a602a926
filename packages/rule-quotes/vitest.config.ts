import { defineConfig } from "vitest/config";
import { copydeskVitestConfig } from "@copydesk/tooling/vitest";

export default defineConfig(copydeskVitestConfig());
