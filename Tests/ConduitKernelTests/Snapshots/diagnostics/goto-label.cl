__kernel void k(__global int *a) {
    if (a[0]) goto inside;
    for (int i = 0; i < 4; i++) {
inside:
        a[i]++;
    }
}
