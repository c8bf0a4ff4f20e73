__kernel int k(__global int *a) {
    return 1;
}
