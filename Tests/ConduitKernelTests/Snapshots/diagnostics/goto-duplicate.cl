__kernel void k(__global int *o) {
a:
    o[0]++;
a:
    o[1]++;
}
