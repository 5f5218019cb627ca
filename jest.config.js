/** Jest runs the TypeScript tests through ts-jest as CommonJS; the browser tests live in test/e2e. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", isolatedModules: true },
        diagnostics: { ignoreCodes: ["TS151001"] },
      },
    ],
  },
};
