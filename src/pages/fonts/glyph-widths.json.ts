import type { APIRoute } from 'astro';
import glyphs from '../../kit/glyph-widths.json';

/** /fonts/glyph-widths.json: the text-measurement table, fetched by a browser redraw (see kit/text-width). */
export const GET: APIRoute = () => new Response(JSON.stringify(glyphs), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
