__kernel void k(__global int *a) {
    int i = get_global_id(0)
    a[i] = 1;
}
