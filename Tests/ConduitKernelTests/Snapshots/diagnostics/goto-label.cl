__kernel void k(__global int *a) {
retry:
    a[0]++;
    if (a[0] < 10) goto retry;
}
