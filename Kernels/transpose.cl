// out (cols×rows) = in (rows×cols)ᵀ through a local tile, so both global reads and writes are
// row-contiguous. The +1 column of padding avoids bank conflicts on GPUs.
#define TILE_DIM 16

__kernel void transpose(__global const float *in, __global float *out, const int rows, const int cols) {
    __local float tile[TILE_DIM][TILE_DIM + 1];
    int x = get_group_id(0) * TILE_DIM + get_local_id(0);
    int y = get_group_id(1) * TILE_DIM + get_local_id(1);
    if (x < cols && y < rows)
        tile[get_local_id(1)][get_local_id(0)] = in[y * cols + x];
    barrier(CLK_LOCAL_MEM_FENCE);
    x = get_group_id(1) * TILE_DIM + get_local_id(0);
    y = get_group_id(0) * TILE_DIM + get_local_id(1);
    if (x < rows && y < cols)
        out[y * rows + x] = tile[get_local_id(0)][get_local_id(1)];
}
