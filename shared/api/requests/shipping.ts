/** Station API requests of the shipping workflow (filled in by its issue). */
export const shippingRequests = {};
