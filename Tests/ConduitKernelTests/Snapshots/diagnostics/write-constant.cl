__kernel void k(__constant float *a) {
    a[0] = 1.0f;
}
