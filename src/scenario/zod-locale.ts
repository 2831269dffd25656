import { en } from 'zod/locales';
import { config } from 'zod/mini';

// zod/mini loads no locale (classic zod loads them all); the loader and the log reader print
// zod's English messages, so English alone is installed, by importing this module.
config(en());
