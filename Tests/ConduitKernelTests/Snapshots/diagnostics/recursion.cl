int f(int n) { return n <= 1 ? 1 : n * f(n - 1); }
__kernel void k(__global int *a) { a[0] = f(5); }
