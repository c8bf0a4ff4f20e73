// Helpers shared by the ICD's C test programs: checks that print where they failed and count
// failures, and the choice of platform (the one named "Conduit").
#pragma once
#define CL_TARGET_OPENCL_VERSION 300
#define CL_USE_DEPRECATED_OPENCL_1_2_APIS
#include <CL/cl.h>
#include <CL/cl_ext.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define CHECK(condition)                                                                 \
    do {                                                                                 \
        if (!(condition)) {                                                              \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
            failures++;                                                                  \
        }                                                                                \
    } while (0)

#define CHECK_CODE(expression, expected)                                                                       \
    do {                                                                                                       \
        cl_int code_ = (expression);                                                                           \
        if (code_ != (expected)) {                                                                             \
            fprintf(stderr, "%s:%d: %s returned %d, expected %d\n", __FILE__, __LINE__, #expression, code_, \
                    (int)(expected));                                                                          \
            failures++;                                                                                        \
        }                                                                                                      \
    } while (0)

#define OK(expression) CHECK_CODE(expression, CL_SUCCESS)

/// The Conduit platform among those the loader offers; exits when there is none.
static cl_platform_id conduit_platform(void) {
    cl_platform_id platforms[16];
    cl_uint count = 0;
    if (clGetPlatformIDs(16, platforms, &count) != CL_SUCCESS || count == 0) {
        fprintf(stderr, "no OpenCL platforms\n");
        exit(2);
    }
    for (cl_uint i = 0; i < count && i < 16; i++) {
        char name[256] = {0};
        clGetPlatformInfo(platforms[i], CL_PLATFORM_NAME, sizeof name, name, NULL);
        if (strcmp(name, "Conduit") == 0) return platforms[i];
    }
    fprintf(stderr, "no Conduit platform among %u\n", count);
    exit(2);
}

/// The Conduit platform's default device, a context on it and an in-order queue.
static inline cl_context open_default(cl_device_id *device, cl_command_queue *queue, cl_command_queue_properties properties) {
    cl_int error = 0;
    OK(clGetDeviceIDs(conduit_platform(), CL_DEVICE_TYPE_DEFAULT, 1, device, NULL));
    cl_context context = clCreateContext(NULL, 1, device, NULL, NULL, &error);
    OK(error);
    *queue = clCreateCommandQueue(context, *device, properties, &error);
    OK(error);
    return context;
}

static int finish(const char *name) {
    if (failures) {
        fprintf(stderr, "%s: %d check(s) failed\n", name, failures);
        return 1;
    }
    printf("%s: all checks passed\n", name);
    return 0;
}
