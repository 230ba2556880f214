#!/usr/bin/env node
// Runs the compiled CLI (built by `npm run build`, which `npm install` runs through `prepare`).
import { main } from '../dist/cli/main.js';

// `diplograph extract … | head`: a closed pipe ends the output quietly
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
