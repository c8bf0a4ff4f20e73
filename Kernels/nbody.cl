// One step of an all-pairs gravitational n-body system, in the style of the CUDA SDK sample:
// positions are float4 (xyz, w = mass), bodies are staged through local memory in tiles, and
// each interaction costs 20 flops.
#ifndef SOFTENING
#define SOFTENING 0.01f
#endif

float3 bodyInteraction(float4 bi, float4 bj, float3 ai) {
    float3 r = bj.xyz - bi.xyz;                                  // 3 flops
    float distSqr = r.x * r.x + r.y * r.y + r.z * r.z + SOFTENING; // 6 flops
    float invDist = rsqrt(distSqr);                                // 2 flops (sqrt, divide)
    float invDistCube = invDist * invDist * invDist;               // 2 flops
    float s = bj.w * invDistCube;                                  // 1 flop
    return ai + r * s;                                             // 6 flops
}

__kernel void nbody_step(__global const float4 *pos, __global const float4 *vel,
                         __global float4 *newPos, __global float4 *newVel,
                         __local float4 *tile, const int n, const float dt, const float damping) {
    const int i = get_global_id(0);
    const int lid = get_local_id(0);
    const int tileSize = get_local_size(0);
    float4 p = pos[i];
    float3 acc = (float3)(0.0f, 0.0f, 0.0f);
    for (int start = 0; start < n; start += tileSize) {
        tile[lid] = pos[start + lid];
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int j = 0; j < tileSize; j++)
            acc = bodyInteraction(p, tile[j], acc);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    float4 v = vel[i];
    v.xyz = (v.xyz + acc * dt) * damping;
    p.xyz += v.xyz * dt;
    newPos[i] = p;
    newVel[i] = v;
}
