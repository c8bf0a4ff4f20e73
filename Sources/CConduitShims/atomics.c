#include "CConduitShims.h"

uint32_t conduit_atomic_add(uint32_t *p, uint32_t v) { return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
uint32_t conduit_atomic_sub(uint32_t *p, uint32_t v) { return __atomic_fetch_sub(p, v, __ATOMIC_SEQ_CST); }
uint32_t conduit_atomic_xchg(uint32_t *p, uint32_t v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }
uint32_t conduit_atomic_and(uint32_t *p, uint32_t v) { return __atomic_fetch_and(p, v, __ATOMIC_SEQ_CST); }
uint32_t conduit_atomic_or(uint32_t *p, uint32_t v) { return __atomic_fetch_or(p, v, __ATOMIC_SEQ_CST); }
uint32_t conduit_atomic_xor(uint32_t *p, uint32_t v) { return __atomic_fetch_xor(p, v, __ATOMIC_SEQ_CST); }

uint32_t conduit_atomic_cmpxchg(uint32_t *p, uint32_t expected, uint32_t desired) {
    __atomic_compare_exchange_n(p, &expected, desired, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return expected;  // the old value, whether or not the exchange happened
}

#define CONDUIT_ATOMIC_EXTREMUM(name, type, better)                                   \
    uint32_t name(uint32_t *p, uint32_t v) {                                          \
        uint32_t old = __atomic_load_n(p, __ATOMIC_SEQ_CST);                          \
        while ((better((type)v, (type)old)) &&                                        \
               !__atomic_compare_exchange_n(p, &old, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) { } \
        return old;                                                                   \
    }
#define LESS(a, b) ((a) < (b))
#define GREATER(a, b) ((a) > (b))
CONDUIT_ATOMIC_EXTREMUM(conduit_atomic_min_s, int32_t, LESS)
CONDUIT_ATOMIC_EXTREMUM(conduit_atomic_min_u, uint32_t, LESS)
CONDUIT_ATOMIC_EXTREMUM(conduit_atomic_max_s, int32_t, GREATER)
CONDUIT_ATOMIC_EXTREMUM(conduit_atomic_max_u, uint32_t, GREATER)
