// A context of every device (the adapters of the embedded host, or of two hosts on the network):
// each buffer is placed on the device whose queue uses it first, as drivers allocate lazily, so
// a program that makes its context from all devices and uses each of them works. A buffer that
// lives on one device is refused by another device's queue (buffers do not migrate).
#include "icd_check.h"

#define N 1024

static const char *source = "__kernel void add(__global uint *a, uint k) { size_t i = get_global_id(0); a[i] += k; }";

int main(void) {
    cl_device_id devices[16];
    cl_uint count = 0;
    OK(clGetDeviceIDs(conduit_platform(), CL_DEVICE_TYPE_ALL, 16, devices, &count));
    CHECK(count >= 2);
    if (count < 2) return finish("multi_device");
    cl_int error = 0;
    cl_context context = clCreateContext(NULL, count, devices, NULL, NULL, &error);
    OK(error);
    cl_program program = clCreateProgramWithSource(context, 1, &source, NULL, &error);
    OK(error);
    OK(clBuildProgram(program, 0, NULL, NULL, NULL, NULL));
    cl_kernel kernel = clCreateKernel(program, "add", &error);
    OK(error);

    cl_uint host[N], back[N];
    for (int i = 0; i < N; i++) host[i] = (cl_uint)i * 2654435761u;
    for (cl_uint d = 0; d < count; d++) {
        cl_command_queue queue = clCreateCommandQueue(context, devices[d], 0, &error);
        OK(error);
        cl_mem buffer = clCreateBuffer(context, CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, sizeof host, host, &error);
        OK(error);
        cl_uint k = d + 1;
        OK(clSetKernelArg(kernel, 0, sizeof buffer, &buffer));
        OK(clSetKernelArg(kernel, 1, sizeof k, &k));
        size_t global = N;
        OK(clEnqueueNDRangeKernel(queue, kernel, 1, NULL, &global, NULL, 0, NULL, NULL));
        OK(clEnqueueReadBuffer(queue, buffer, CL_TRUE, 0, sizeof back, back, 0, NULL, NULL));
        int wrong = 0;
        for (int i = 0; i < N; i++) wrong += back[i] != host[i] + k;
        CHECK(wrong == 0);

        // The buffer lives on device d now: another device's queue cannot use it.
        cl_command_queue other = clCreateCommandQueue(context, devices[(d + 1) % count], 0, &error);
        OK(error);
        CHECK_CODE(clEnqueueReadBuffer(other, buffer, CL_TRUE, 0, sizeof back, back, 0, NULL, NULL), CL_INVALID_OPERATION);
        OK(clReleaseCommandQueue(other));
        OK(clReleaseMemObject(buffer));
        OK(clReleaseCommandQueue(queue));
    }
    OK(clReleaseKernel(kernel));
    OK(clReleaseProgram(program));
    OK(clReleaseContext(context));
    return finish("multi_device");
}
