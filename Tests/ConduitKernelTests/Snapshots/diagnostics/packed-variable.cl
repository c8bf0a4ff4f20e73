// `packed` lays out a struct or a field of one; on a variable it is refused.
__kernel void k(__global int *out) {
    int x __attribute__((packed)) = 1;
    out[0] = x;
}
