// Exclusive prefix sum of each work-group's block (Blelloch's up-sweep / down-sweep in local
// memory); block totals go to `sums` so a second pass can add them.
__kernel void scan_exclusive(__global const int *input, __global int *output, __global int *sums, __local int *temp) {
    const int lid = get_local_id(0);
    const int n = get_local_size(0) * 2;
    const int base = get_group_id(0) * n;
    temp[2 * lid] = input[base + 2 * lid];
    temp[2 * lid + 1] = input[base + 2 * lid + 1];
    int offset = 1;
    for (int d = n >> 1; d > 0; d >>= 1) {
        barrier(CLK_LOCAL_MEM_FENCE);
        if (lid < d) {
            int ai = offset * (2 * lid + 1) - 1;
            int bi = offset * (2 * lid + 2) - 1;
            temp[bi] += temp[ai];
        }
        offset *= 2;
    }
    if (lid == 0) {
        sums[get_group_id(0)] = temp[n - 1];
        temp[n - 1] = 0;
    }
    for (int d = 1; d < n; d *= 2) {
        offset >>= 1;
        barrier(CLK_LOCAL_MEM_FENCE);
        if (lid < d) {
            int ai = offset * (2 * lid + 1) - 1;
            int bi = offset * (2 * lid + 2) - 1;
            int t = temp[ai];
            temp[ai] = temp[bi];
            temp[bi] += t;
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    output[base + 2 * lid] = temp[2 * lid];
    output[base + 2 * lid + 1] = temp[2 * lid + 1];
}

// Adds each block's offset (the exclusive scan of the block sums) to its elements.
__kernel void scan_add_offsets(__global int *data, __global const int *offsets) {
    data[get_global_id(0)] += offsets[get_global_id(0) / (get_local_size(0))];
}
