// How the tools start the built server, the same way as `npm start` (package.json).
// Without a cap V8 grows the heap of a busy server to 400+ MB although about 60 MB is
// live; with one it collects earlier, at no measurable cost in throughput
// (docs/benchmarks.md, "API memory").
export const API_NODE_FLAGS = ['--max-old-space-size=320'];
export const API_MAIN = [...API_NODE_FLAGS, 'dist/api/main.js'];
