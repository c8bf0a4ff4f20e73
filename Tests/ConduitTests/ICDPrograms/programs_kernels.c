// Programs (source, build options, build logs, binaries, compile + link) and kernels (arguments,
// info, NDRange in 1-3 dimensions with offsets and a NULL local size), results checked against
// the same arithmetic in C.
#include "icd_check.h"

static const char *source =
    "#define SCALE 3\n"
    "__kernel void axpb(__global const float *x, __global float *y, float a, int b) {\n"
    "    size_t i = get_global_id(0);\n"
    "    y[i] = a * x[i] + (float)(b * SCALE);\n"
    "}\n"
    "__kernel void grid(__global uint *out, uint width, uint height) {\n"
    "    size_t x = get_global_id(0), y = get_global_id(1), z = get_global_id(2);\n"
    "    out[(z * height + y) * width + x] = (uint)(x + 10 * y + 100 * z);\n"
    "}\n"
    "__kernel void group_sum(__global const int *in, __global int *out, __local int *scratch) {\n"
    "    size_t l = get_local_id(0);\n"
    "    scratch[l] = in[get_global_id(0)];\n"
    "    barrier(CLK_LOCAL_MEM_FENCE);\n"
    "    if (l == 0) {\n"
    "        int s = 0;\n"
    "        for (size_t k = 0; k < get_local_size(0); k++) s += scratch[k];\n"
    "        out[get_group_id(0)] = s;\n"
    "    }\n"
    "}\n";

static cl_program build(cl_context context, cl_device_id device, const char *text, const char *options, cl_int *status) {
    cl_int error = 0;
    cl_program program = clCreateProgramWithSource(context, 1, &text, NULL, &error);
    OK(error);
    *status = clBuildProgram(program, 1, &device, options, NULL, NULL);
    return program;
}

int main(void) {
    cl_device_id device;
    cl_command_queue queue;
    cl_context context = open_default(&device, &queue, 0);
    cl_int error = 0, status = 0;

    cl_program program = build(context, device, source, "-cl-std=CL1.2 -DUNUSED=1", &status);
    OK(status);
    cl_build_status buildStatus = 0;
    OK(clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_STATUS, sizeof buildStatus, &buildStatus, NULL));
    CHECK(buildStatus == CL_BUILD_SUCCESS);
    size_t kernelCount = 0;
    char names[256];
    OK(clGetProgramInfo(program, CL_PROGRAM_NUM_KERNELS, sizeof kernelCount, &kernelCount, NULL));
    OK(clGetProgramInfo(program, CL_PROGRAM_KERNEL_NAMES, sizeof names, names, NULL));
    CHECK(kernelCount == 3 && strcmp(names, "axpb;grid;group_sum") == 0);

    // A build that fails: CL_BUILD_PROGRAM_FAILURE, and a log with the caret diagnostic.
    cl_program broken = build(context, device, "__kernel void k(__global int *p) { p[0] = undeclared; }\n", "", &status);
    CHECK_CODE(status, CL_BUILD_PROGRAM_FAILURE);
    char log[4096] = {0};
    OK(clGetProgramBuildInfo(broken, device, CL_PROGRAM_BUILD_LOG, sizeof log, log, NULL));
    CHECK(strstr(log, "undeclared") != NULL && strstr(log, "^") != NULL && strstr(log, ":1:") != NULL);
    OK(clGetProgramBuildInfo(broken, device, CL_PROGRAM_BUILD_STATUS, sizeof buildStatus, &buildStatus, NULL));
    CHECK(buildStatus == CL_BUILD_ERROR);
    CHECK(clCreateKernel(broken, "k", &error) == NULL && error == CL_INVALID_PROGRAM_EXECUTABLE);
    cl_program badOptions = build(context, device, source, "-fno-such-option", &status);
    CHECK_CODE(status, CL_INVALID_BUILD_OPTIONS);

    // Kernels and their arguments.
    cl_kernel axpb = clCreateKernel(program, "axpb", &error);
    OK(error);
    CHECK(clCreateKernel(program, "missing", &error) == NULL && error == CL_INVALID_KERNEL_NAME);
    cl_uint argumentCount = 0;
    OK(clGetKernelInfo(axpb, CL_KERNEL_NUM_ARGS, sizeof argumentCount, &argumentCount, NULL));
    CHECK(argumentCount == 4);
    char argumentName[64];
    OK(clGetKernelArgInfo(axpb, 2, CL_KERNEL_ARG_NAME, sizeof argumentName, argumentName, NULL));
    CHECK(strcmp(argumentName, "a") == 0);
    size_t workGroup = 0;
    OK(clGetKernelWorkGroupInfo(axpb, device, CL_KERNEL_WORK_GROUP_SIZE, sizeof workGroup, &workGroup, NULL));
    CHECK(workGroup >= 1);

    enum { n = 1000 };
    float x[n], y[n];
    for (int i = 0; i < n; i++) x[i] = (float)i * 0.5f - 100.0f;
    cl_mem xs = clCreateBuffer(context, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, sizeof x, x, &error);
    cl_mem ys = clCreateBuffer(context, CL_MEM_WRITE_ONLY, sizeof y, NULL, &error);
    OK(error);
    float a = 2.5f;
    int b = -7;
    CHECK_CODE(clEnqueueNDRangeKernel(queue, axpb, 1, NULL, (size_t[]){n}, NULL, 0, NULL, NULL), CL_INVALID_KERNEL_ARGS);
    OK(clSetKernelArg(axpb, 0, sizeof xs, &xs));
    OK(clSetKernelArg(axpb, 1, sizeof ys, &ys));
    OK(clSetKernelArg(axpb, 2, sizeof a, &a));
    CHECK_CODE(clSetKernelArg(axpb, 3, sizeof(double), &b), CL_INVALID_ARG_SIZE);
    CHECK_CODE(clSetKernelArg(axpb, 4, sizeof b, &b), CL_INVALID_ARG_INDEX);
    CHECK_CODE(clSetKernelArg(axpb, 0, sizeof xs, &axpb), CL_INVALID_MEM_OBJECT);
    OK(clSetKernelArg(axpb, 3, sizeof b, &b));
    // 1-D with an offset: items 100..999; a NULL local size.
    size_t offset = 100, global = n - 100;
    OK(clEnqueueNDRangeKernel(queue, axpb, 1, &offset, &global, NULL, 0, NULL, NULL));
    float initial[n];
    for (int i = 0; i < n; i++) initial[i] = -1.0f;
    OK(clEnqueueWriteBuffer(queue, ys, CL_TRUE, 0, 100 * sizeof(float), initial, 0, NULL, NULL));
    OK(clEnqueueReadBuffer(queue, ys, CL_TRUE, 0, sizeof y, y, 0, NULL, NULL));
    int same = 1;
    for (int i = 0; i < n; i++) {
        float want = i < 100 ? -1.0f : a * x[i] + (float)(b * 3);
        if (y[i] != want) same = 0;
    }
    CHECK(same);
    CHECK_CODE(clEnqueueNDRangeKernel(queue, axpb, 4, NULL, &global, NULL, 0, NULL, NULL), CL_INVALID_WORK_DIMENSION);
    size_t odd = 7;
    CHECK_CODE(clEnqueueNDRangeKernel(queue, axpb, 1, NULL, (size_t[]){900}, &odd, 0, NULL, NULL), CL_INVALID_WORK_GROUP_SIZE);

    // 2-D and 3-D ranges, with and without local sizes.
    cl_kernel grid = clCreateKernel(program, "grid", &error);
    OK(error);
    enum { w = 8, h = 6, d = 4 };
    cl_uint cells[w * h * d];
    cl_mem out = clCreateBuffer(context, CL_MEM_READ_WRITE, sizeof cells, NULL, &error);
    cl_uint width = w, height = h;
    OK(clSetKernelArg(grid, 0, sizeof out, &out));
    OK(clSetKernelArg(grid, 1, sizeof width, &width));
    OK(clSetKernelArg(grid, 2, sizeof height, &height));
    OK(clEnqueueNDRangeKernel(queue, grid, 3, NULL, (size_t[]){w, h, d}, (size_t[]){4, 2, 2}, 0, NULL, NULL));
    OK(clEnqueueReadBuffer(queue, out, CL_TRUE, 0, sizeof cells, cells, 0, NULL, NULL));
    same = 1;
    for (int z = 0; z < d; z++)
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                if (cells[(z * h + y) * w + x] != (cl_uint)(x + 10 * y + 100 * z)) same = 0;
    CHECK(same);
    cl_uint zero = 0;
    OK(clEnqueueFillBuffer(queue, out, &zero, 4, 0, sizeof cells, 0, NULL, NULL));
    OK(clEnqueueNDRangeKernel(queue, grid, 2, (size_t[]){2, 1}, (size_t[]){w - 2, h - 1}, NULL, 0, NULL, NULL));
    OK(clEnqueueReadBuffer(queue, out, CL_TRUE, 0, sizeof cells, cells, 0, NULL, NULL));
    same = 1;
    for (int z = 0; z < d; z++)
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                cl_uint want = (z == 0 && x >= 2 && y >= 1) ? (cl_uint)(x + 10 * y) : 0;
                if (cells[(z * h + y) * w + x] != want) same = 0;
            }
    CHECK(same);

    // __local arguments: size only, no value.
    cl_kernel groupSum = clCreateKernel(program, "group_sum", &error);
    enum { items = 256, group = 64 };
    int in[items], sums[items / group];
    for (int i = 0; i < items; i++) in[i] = i % 17 - 8;
    cl_mem ins = clCreateBuffer(context, CL_MEM_COPY_HOST_PTR, sizeof in, in, &error);
    cl_mem outs = clCreateBuffer(context, CL_MEM_READ_WRITE, sizeof sums, NULL, &error);
    OK(clSetKernelArg(groupSum, 0, sizeof ins, &ins));
    OK(clSetKernelArg(groupSum, 1, sizeof outs, &outs));
    CHECK_CODE(clSetKernelArg(groupSum, 2, group * sizeof(int), in), CL_INVALID_ARG_VALUE);
    OK(clSetKernelArg(groupSum, 2, group * sizeof(int), NULL));
    OK(clEnqueueNDRangeKernel(queue, groupSum, 1, NULL, (size_t[]){items}, (size_t[]){group}, 0, NULL, NULL));
    OK(clEnqueueReadBuffer(queue, outs, CL_TRUE, 0, sizeof sums, sums, 0, NULL, NULL));
    same = 1;
    for (int g = 0; g < items / group; g++) {
        int s = 0;
        for (int i = 0; i < group; i++) s += in[g * group + i];
        if (sums[g] != s) same = 0;
    }
    CHECK(same);

    // Binaries: the bytecode round-trips into a new program that runs the same.
    size_t binarySize = 0;
    OK(clGetProgramInfo(program, CL_PROGRAM_BINARY_SIZES, sizeof binarySize, &binarySize, NULL));
    CHECK(binarySize > 0);
    unsigned char *binary = malloc(binarySize);
    OK(clGetProgramInfo(program, CL_PROGRAM_BINARIES, sizeof binary, &binary, NULL));
    cl_int binaryStatus = -1;
    const unsigned char *binaries[] = {binary};
    cl_program reloaded = clCreateProgramWithBinary(context, 1, &device, &binarySize, binaries, &binaryStatus, &error);
    OK(error);
    OK(binaryStatus);
    OK(clBuildProgram(reloaded, 0, NULL, NULL, NULL, NULL));
    cl_kernel again = clCreateKernel(reloaded, "grid", &error);
    OK(error);
    OK(clSetKernelArg(again, 0, sizeof out, &out));
    OK(clSetKernelArg(again, 1, sizeof width, &width));
    OK(clSetKernelArg(again, 2, sizeof height, &height));
    OK(clEnqueueNDRangeKernel(queue, again, 3, NULL, (size_t[]){w, h, d}, NULL, 0, NULL, NULL));
    OK(clEnqueueReadBuffer(queue, out, CL_TRUE, 0, sizeof cells, cells, 0, NULL, NULL));
    CHECK(cells[(3 * h + 5) * w + 7] == 7 + 50 + 300);
    binary[0] ^= 0xFF;
    CHECK(clCreateProgramWithBinary(context, 1, &device, &binarySize, binaries, &binaryStatus, &error) == NULL &&
          error == CL_INVALID_BINARY && binaryStatus == CL_INVALID_BINARY);
    free(binary);

    // clCompileProgram + clLinkProgram on a single-source program.
    cl_program compiled = clCreateProgramWithSource(context, 1, &source, NULL, &error);
    OK(clCompileProgram(compiled, 1, &device, "", 0, NULL, NULL, NULL, NULL));
    cl_program_binary_type binaryType = 0;
    OK(clGetProgramBuildInfo(compiled, device, CL_PROGRAM_BINARY_TYPE, sizeof binaryType, &binaryType, NULL));
    CHECK(binaryType == CL_PROGRAM_BINARY_TYPE_COMPILED_OBJECT);
    cl_program linked = clLinkProgram(context, 1, &device, "", 1, &compiled, NULL, NULL, &error);
    OK(error);
    cl_kernel fromLinked = clCreateKernel(linked, "axpb", &error);
    OK(error);

    // Two files compiled apart and linked: the second calls the first's kernel through the
    // prototype in an embedded header.
    const char *first = "__kernel void scale(__global int *a, int by) { a[get_global_id(0)] *= by; }\n";
    const char *header = "extern __kernel void scale(__global int *a, int by);\n#define TWICE(x) ((x) * 2)\n";
    const char *second = "#include \"scale.h\"\n__kernel void scale_twice(__global int *a) { scale(a, TWICE(3)); }\n";
    cl_program firstProgram = clCreateProgramWithSource(context, 1, &first, NULL, &error);
    cl_program headerProgram = clCreateProgramWithSource(context, 1, &header, NULL, &error);
    cl_program secondProgram = clCreateProgramWithSource(context, 1, &second, NULL, &error);
    OK(clCompileProgram(firstProgram, 1, &device, "", 0, NULL, NULL, NULL, NULL));
    CHECK_CODE(clCompileProgram(secondProgram, 1, &device, "", 0, NULL, NULL, NULL, NULL), CL_COMPILE_PROGRAM_FAILURE);
    const char *headerNames[] = {"scale.h"};
    OK(clCompileProgram(secondProgram, 1, &device, "", 1, &headerProgram, headerNames, NULL, NULL));
    cl_program parts[] = {firstProgram, secondProgram};
    cl_program twoFiles = clLinkProgram(context, 1, &device, "", 2, parts, NULL, NULL, &error);
    OK(error);
    cl_kernel scaleTwice = clCreateKernel(twoFiles, "scale_twice", &error);
    OK(error);
    int values[16], scaled[16];
    for (int i = 0; i < 16; i++) values[i] = i - 5;
    cl_mem valuesBuffer = clCreateBuffer(context, CL_MEM_COPY_HOST_PTR, sizeof values, values, &error);
    OK(clSetKernelArg(scaleTwice, 0, sizeof valuesBuffer, &valuesBuffer));
    OK(clEnqueueNDRangeKernel(queue, scaleTwice, 1, NULL, (size_t[]){16}, NULL, 0, NULL, NULL));
    OK(clEnqueueReadBuffer(queue, valuesBuffer, CL_TRUE, 0, sizeof scaled, scaled, 0, NULL, NULL));
    same = 1;
    for (int i = 0; i < 16; i++) if (scaled[i] != values[i] * 6) same = 0;
    CHECK(same);
    // The second file alone does not link: scale is declared and defined nowhere.
    cl_program alone = clLinkProgram(context, 1, &device, "", 1, &secondProgram, NULL, NULL, &error);
    CHECK(error == CL_LINK_PROGRAM_FAILURE && alone != NULL);
    OK(clGetProgramBuildInfo(alone, device, CL_PROGRAM_BUILD_LOG, sizeof log, log, NULL));
    CHECK(strstr(log, "scale") != NULL);
    OK(clReleaseProgram(alone));
    OK(clReleaseKernel(scaleTwice));
    OK(clReleaseMemObject(valuesBuffer));
    OK(clReleaseProgram(twoFiles));
    OK(clReleaseProgram(firstProgram));
    OK(clReleaseProgram(headerProgram));
    OK(clReleaseProgram(secondProgram));

    // A kernel keeps its program alive: releasing the program first is fine.
    cl_uint references = 0;
    OK(clGetProgramInfo(program, CL_PROGRAM_REFERENCE_COUNT, sizeof references, &references, NULL));
    CHECK(references == 4);  // the application's and one per kernel
    OK(clReleaseProgram(program));
    cl_program owner = NULL;
    OK(clGetKernelInfo(axpb, CL_KERNEL_PROGRAM, sizeof owner, &owner, NULL));
    CHECK(owner == program);

    cl_kernel all[3];
    cl_uint made = 0;
    OK(clCreateKernelsInProgram(reloaded, 3, all, &made));
    CHECK(made == 3);
    for (cl_uint i = 0; i < made; i++) OK(clReleaseKernel(all[i]));

    OK(clReleaseKernel(axpb));
    OK(clReleaseKernel(grid));
    OK(clReleaseKernel(groupSum));
    OK(clReleaseKernel(again));
    OK(clReleaseKernel(fromLinked));
    CHECK_CODE(clReleaseKernel(axpb), CL_INVALID_KERNEL);
    OK(clReleaseProgram(broken));
    OK(clReleaseProgram(badOptions));
    OK(clReleaseProgram(reloaded));
    OK(clReleaseProgram(compiled));
    OK(clReleaseProgram(linked));
    OK(clReleaseMemObject(xs));
    OK(clReleaseMemObject(ys));
    OK(clReleaseMemObject(out));
    OK(clReleaseMemObject(ins));
    OK(clReleaseMemObject(outs));
    OK(clReleaseCommandQueue(queue));
    OK(clReleaseContext(context));
    return finish("programs_kernels");
}
