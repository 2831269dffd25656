import { main } from './main.js';

const argv = process.argv.slice(2);
const code = main(argv, {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  debug: argv.includes('--debug'),
});
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
