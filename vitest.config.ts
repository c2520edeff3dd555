import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // the CLI tests spawn processes and worker threads; two cores are shared with them
    maxWorkers: 2,
  },
});
