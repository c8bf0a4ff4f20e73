__kernel void k(__global double *a) {
    a[0] = 1.0;
}
