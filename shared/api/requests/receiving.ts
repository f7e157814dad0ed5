/** Station API requests of the receiving workflow (filled in by its issue). */
export const receivingRequests = {};
