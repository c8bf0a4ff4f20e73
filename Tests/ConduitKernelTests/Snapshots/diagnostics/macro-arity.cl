#define SQUARE(x) ((x) * (x))
__kernel void k(__global int *a) {
    a[0] = SQUARE(1, 2);
}
