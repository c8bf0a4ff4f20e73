__kernel void k(__global int *o) {
    if (o[0]) goto b;
a:
    o[1]++;
b:
    o[2]++;
    if (o[2] < 5) goto a;
}
