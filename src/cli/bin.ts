import { colorEnabled } from '../tui/theme.js';
import { dispatch } from './dispatch.js';

// A reader that stops early (`| head`) is not an error: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const argv = process.argv.slice(2);
void dispatch(argv, {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  debug: argv.includes('--debug'),
  color: colorEnabled(process.env, process.stdout, argv.includes('--no-color')),
}).then((c) => (process.exitCode = c));
