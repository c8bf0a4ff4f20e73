__kernel void k(__global int *a) {
    printf("hello");
}
