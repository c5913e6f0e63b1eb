// Vitest runs lib/data outside React's server build, where the real "server-only" package throws.
export {};
