/** Station API requests of the lifecycle workflow (filled in by its issue). */
export const lifecycleRequests = {};
