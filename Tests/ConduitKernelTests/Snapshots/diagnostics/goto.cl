__kernel void k(__global int *a) {
    if (a[0]) goto out;
}
