// Pipelined one-item launches through whichever OpenCL platform comes first: N launches, then
// one clFinish, five times. Run it once per ICD, each in its own process, e.g.
//   cc -O2 -o pipelined Benchmarks/icd/pipelined.c -lOpenCL
//   OCL_ICD_VENDORS=$(conduit icd path) CONDUIT_VISIBLE_ADAPTERS=0 ./pipelined 20000
//   OCL_ICD_VENDORS=/etc/OpenCL/vendors/pocl.icd ./pipelined 20000
// (`conduit bench icd` measures both in one process, alternating; PoCL's worker threads keep
// spinning after its bursts there, which slows the next Conduit burst on a 2-core machine.)
#define CL_TARGET_OPENCL_VERSION 300
#define CL_USE_DEPRECATED_OPENCL_1_2_APIS
#include <CL/cl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 20000;
    cl_platform_id platform;
    cl_device_id device;
    cl_int error = 0;
    if (clGetPlatformIDs(1, &platform, NULL) != CL_SUCCESS || clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 1, &device, NULL)) {
        fprintf(stderr, "no OpenCL device\n");
        return 1;
    }
    char name[256] = {0};
    clGetPlatformInfo(platform, CL_PLATFORM_NAME, sizeof name, name, NULL);
    cl_context context = clCreateContext(NULL, 1, &device, NULL, NULL, &error);
    cl_command_queue queue = clCreateCommandQueue(context, device, 0, &error);
    const char *source = "__kernel void tiny(__global float *a) { a[get_global_id(0)] += 1.0f; }";
    cl_program program = clCreateProgramWithSource(context, 1, &source, NULL, &error);
    clBuildProgram(program, 0, NULL, NULL, NULL, NULL);
    cl_kernel kernel = clCreateKernel(program, "tiny", &error);
    cl_mem buffer = clCreateBuffer(context, CL_MEM_READ_WRITE, 16, NULL, &error);
    clSetKernelArg(kernel, 0, sizeof buffer, &buffer);
    size_t global = 1;
    for (int round = 0; round < 5; round++) {
        double start = now();
        for (int i = 0; i < n; i++) clEnqueueNDRangeKernel(queue, kernel, 1, NULL, &global, NULL, 0, NULL, NULL);
        clFinish(queue);
        printf("%s: %.2f us per launch (%d launches, one clFinish)\n", name, (now() - start) / n * 1e6, n);
    }
    clReleaseMemObject(buffer);
    clReleaseKernel(kernel);
    clReleaseProgram(program);
    clReleaseCommandQueue(queue);
    clReleaseContext(context);
    return 0;
}
