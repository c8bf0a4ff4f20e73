typedef struct __attribute__((packed)) {
    char c;
    int x;
} S;
__kernel void k(__global S *out) { out[0].x = 1; }
