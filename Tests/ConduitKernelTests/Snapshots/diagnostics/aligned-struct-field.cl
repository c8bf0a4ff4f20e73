// clang puts x at offset 8; ignoring the attribute would put it at 4.
struct S {
    char c;
    int x __attribute__((aligned(8)));
};
__kernel void k(__global struct S *out) { out[0].x = 1; }
