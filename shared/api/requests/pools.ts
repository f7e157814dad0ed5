/** Station API requests of the pools workflow (filled in by its issue). */
export const poolsRequests = {};
