// y = a·x + y
__kernel void saxpy(__global float *y, __global const float *x, const float a, const uint n) {
    size_t i = get_global_id(0);
    if (i < n)
        y[i] = a * x[i] + y[i];
}
