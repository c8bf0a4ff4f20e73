// C (M×N) = A (M×K) · B (K×N), row-major. One work-item per element of C.
__kernel void matmul_naive(__global const float *A, __global const float *B, __global float *C,
                           const int M, const int N, const int K) {
    const int col = get_global_id(0);
    const int row = get_global_id(1);
    if (row >= M || col >= N) return;
    float sum = 0.0f;
    for (int k = 0; k < K; k++)
        sum += A[row * K + k] * B[k * N + col];
    C[row * N + col] = sum;
}

#ifndef TILE
#define TILE 16
#endif

// The same product through TILE×TILE tiles staged in local memory. M, N, K are multiples of TILE.
__kernel __attribute__((reqd_work_group_size(TILE, TILE, 1)))
void matmul_tiled(__global const float *A, __global const float *B, __global float *C,
                  const int M, const int N, const int K) {
    __local float As[TILE][TILE];
    __local float Bs[TILE][TILE];
    const int tx = get_local_id(0), ty = get_local_id(1);
    const int col = get_group_id(0) * TILE + tx;
    const int row = get_group_id(1) * TILE + ty;
    float sum = 0.0f;
    for (int t = 0; t < K / TILE; t++) {
        As[ty][tx] = A[row * K + t * TILE + tx];
        Bs[ty][tx] = B[(t * TILE + ty) * N + col];
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int k = 0; k < TILE; k++)
            sum = mad(As[ty][k], Bs[k][tx], sum);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    C[row * N + col] = sum;
}
