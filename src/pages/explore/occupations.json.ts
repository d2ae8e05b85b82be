import type { APIRoute } from 'astro';
import { getOccupationExposure } from '../../data';
import { buildExploreData } from '../../features/explore/explore-data';

/** The explorer's one data file: every occupation, compact (see src/features/explore/data-shape.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildExploreData(getOccupationExposure())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
