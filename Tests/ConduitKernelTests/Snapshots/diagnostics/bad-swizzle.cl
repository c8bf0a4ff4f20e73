__kernel void k(__global float4 *a) {
    a[0].q = 1.0f;
}
