__kernel void k(__global half *a) {
    a[0] = 1.0;
}
