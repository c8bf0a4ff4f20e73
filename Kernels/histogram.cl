// 256-bin histogram of bytes: each work-group counts into local bins with atomics, then
// adds its bins to the global histogram.
#define BINS 256

__kernel void histogram256(__global const uchar *data, const uint n, __global uint *histogram) {
    __local uint bins[BINS];
    const uint lid = get_local_id(0);
    for (uint b = lid; b < BINS; b += get_local_size(0))
        bins[b] = 0;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint i = get_global_id(0); i < n; i += get_global_size(0))
        atomic_inc(&bins[data[i]]);
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint b = lid; b < BINS; b += get_local_size(0))
        atomic_add(&histogram[b], bins[b]);
}
