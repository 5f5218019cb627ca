/* Builds the browser preview: the add-in exactly as in production (dist-preview/addin) plus a page that hosts it on the test double. */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const addin = require("./webpack.config.js");

const out = path.resolve(__dirname, "dist-preview");

module.exports = async () => {
  const production = await addin({ preview: true }, { mode: "production" });
  production.output = { ...production.output, path: path.join(out, "addin") };
  const preview = {
    mode: "production",
    devtool: false,
    entry: { preview: "./preview/index.ts", "office-double": "./preview/officeShim.ts" },
    output: { path: out, filename: "[name].js", clean: { keep: /^addin\// } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.preview.json", transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "preview/preview.css", to: "preview.css" }] }),
    ],
  };
  return [production, preview];
};
