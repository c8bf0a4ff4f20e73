__kernel void k(__global int *a) {
    a[0] = sqrt(1.0f, 2.0f);
}
