// Sums `n` floats: each work-group reduces its part in local memory (a tree with barriers)
// and writes one partial sum per group.
__kernel void reduce_sum(__global const float *input, __global float *partial, __local float *scratch, const uint n) {
    const uint lid = get_local_id(0);
    const uint size = get_local_size(0);
    uint i = get_group_id(0) * size * 2 + lid;
    float sum = 0.0f;
    if (i < n) sum = input[i];
    if (i + size < n) sum += input[i + size];
    scratch[lid] = sum;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (uint s = size / 2; s > 0; s >>= 1) {
        if (lid < s)
            scratch[lid] += scratch[lid + s];
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0)
        partial[get_group_id(0)] = scratch[0];
}
