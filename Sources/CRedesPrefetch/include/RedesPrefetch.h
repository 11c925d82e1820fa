#ifndef REDES_PREFETCH_H
#define REDES_PREFETCH_H
/// A hint that the cache line holding `address` will be read soon (no effect on results).
static inline void redes_prefetch(const void *address) { __builtin_prefetch(address, 1, 3); }
#endif
