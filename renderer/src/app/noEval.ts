import { config } from 'zod';

// The window's Content-Security-Policy forbids eval. Zod would probe for it with
// `Function('')` (a logged CSP violation) to compile fast parsers; tell it not to try.
config({ jitless: true });
