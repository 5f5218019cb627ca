import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeRules = officeAddins.configs.recommended.at(-1);

/** Anything that would tie the engine to a host: it must run with plain TypeScript and no globals. */
const hostGlobals = [
  "Excel",
  "Office",
  "OfficeExtension",
  "window",
  "document",
  "navigator",
  "localStorage",
].map((name) => ({
  name,
  message: "src/method and src/workbook are pure: pass host data in as arguments from src/excel or the pane.",
}));

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist-preview/",
      "coverage/",
      "artifacts/",
      "scratch/",
      "node_modules/",
      "bench-dist/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...Object.fromEntries(
        Object.keys(officeRules.rules)
          .filter((r) => r.startsWith("office-addins/"))
          .map((r) => [r, "error"]),
      ),
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/method/**/*.ts", "src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*"],
              message: "src/method and src/workbook are pure TypeScript.",
            },
            {
              group: [
                "../excel",
                "../excel/*",
                "../taskpane",
                "../taskpane/*",
                "../commands",
                "../commands/*",
              ],
              message: "the pure layers never import the Office.js shell.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...hostGlobals],
    },
  },
  {
    files: ["src/method/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*"],
              message: "src/method is pure TypeScript.",
            },
            { group: ["../*"], message: "src/method imports only from itself." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Only src/excel talks to Excel: call the adapter instead." },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
