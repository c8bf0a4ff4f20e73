__kernel void k(__global float *a) {
    a[0] = undefined_thing + 1.0f;
}
