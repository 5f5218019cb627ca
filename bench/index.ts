import { benchEngine } from "./engine";

console.log(`Benchmarks on Node ${process.version}`);
benchEngine();
