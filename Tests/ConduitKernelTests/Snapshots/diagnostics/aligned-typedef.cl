// An over-aligned scalar type would change every array of it: refused.
typedef int wide_int __attribute__((aligned(8)));
__kernel void k(__global wide_int *out) { out[0] = 1; }
