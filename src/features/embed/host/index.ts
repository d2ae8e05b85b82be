// Entry of /embed.js, the one script an embedding page loads (built by src/pages/embed.js.ts).
import { startHost } from './host';

startHost(window);
