// Platform, device, context and queue objects: info queries, reference counts, error codes.
#include "icd_check.h"

static int destroyed = 0;
static void CL_CALLBACK on_destroy(cl_context context, void *data) { destroyed += *(int *)data; }

int main(void) {
    cl_platform_id platform = conduit_platform();
    char text[1024];
    size_t size = 0;
    OK(clGetPlatformInfo(platform, CL_PLATFORM_VERSION, sizeof text, text, &size));
    CHECK(strncmp(text, "OpenCL 3.0", 10) == 0 && size == strlen(text) + 1);
    OK(clGetPlatformInfo(platform, CL_PLATFORM_EXTENSIONS, sizeof text, text, NULL));
    CHECK(strstr(text, "cl_khr_icd") != NULL);
    OK(clGetPlatformInfo(platform, CL_PLATFORM_ICD_SUFFIX_KHR, sizeof text, text, NULL));
    CHECK(strcmp(text, "conduit") == 0);
    CHECK_CODE(clGetPlatformInfo(platform, CL_PLATFORM_NAME, 3, text, NULL), CL_INVALID_VALUE);
    CHECK_CODE(clGetPlatformInfo(platform, 0x7777, sizeof text, text, NULL), CL_INVALID_VALUE);

    cl_uint count = 0;
    OK(clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 0, NULL, &count));
    CHECK(count >= 1);
    cl_device_id device;
    OK(clGetDeviceIDs(platform, CL_DEVICE_TYPE_DEFAULT, 1, &device, NULL));
    CHECK_CODE(clGetDeviceIDs(platform, 0x1000, 1, &device, NULL), CL_INVALID_DEVICE_TYPE);
    CHECK_CODE(clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 0, &device, NULL), CL_INVALID_VALUE);

    OK(clGetDeviceInfo(device, CL_DEVICE_NAME, sizeof text, text, NULL));
    CHECK(strlen(text) > 0);
    cl_device_type type = 0;
    OK(clGetDeviceInfo(device, CL_DEVICE_TYPE, sizeof type, &type, NULL));
    CHECK(type == CL_DEVICE_TYPE_CPU || type == CL_DEVICE_TYPE_GPU || type == CL_DEVICE_TYPE_ACCELERATOR);
    size_t group = 0, items[3] = {0};
    OK(clGetDeviceInfo(device, CL_DEVICE_MAX_WORK_GROUP_SIZE, sizeof group, &group, NULL));
    OK(clGetDeviceInfo(device, CL_DEVICE_MAX_WORK_ITEM_SIZES, sizeof items, items, &size));
    CHECK(group >= 1 && items[0] >= 1 && size == 3 * sizeof(size_t));
    cl_ulong memory = 0, allocation = 0;
    OK(clGetDeviceInfo(device, CL_DEVICE_GLOBAL_MEM_SIZE, sizeof memory, &memory, NULL));
    OK(clGetDeviceInfo(device, CL_DEVICE_MAX_MEM_ALLOC_SIZE, sizeof allocation, &allocation, NULL));
    CHECK(memory > 0 && allocation > 0);
    cl_platform_id owner = NULL;
    OK(clGetDeviceInfo(device, CL_DEVICE_PLATFORM, sizeof owner, &owner, NULL));
    CHECK(owner == platform);
    cl_uint value = 0;
    CHECK_CODE(clGetDeviceInfo(device, CL_DEVICE_NAME, 1, text, NULL), CL_INVALID_VALUE);
    CHECK_CODE(clGetDeviceInfo(device, 0x7777, sizeof value, &value, NULL), CL_INVALID_VALUE);
    CHECK_CODE(clGetDeviceInfo((cl_device_id)platform, CL_DEVICE_NAME, sizeof text, text, NULL), CL_INVALID_DEVICE);
    OK(clRetainDevice(device));
    OK(clReleaseDevice(device));

    // Contexts: from devices and from a type; properties; reference counts; destructor callbacks.
    cl_int error = 0;
    cl_context_properties properties[] = {CL_CONTEXT_PLATFORM, (cl_context_properties)platform, 0};
    cl_context context = clCreateContext(properties, 1, &device, NULL, NULL, &error);
    OK(error);
    cl_uint references = 0;
    OK(clRetainContext(context));
    OK(clGetContextInfo(context, CL_CONTEXT_REFERENCE_COUNT, sizeof references, &references, NULL));
    CHECK(references == 2);
    OK(clReleaseContext(context));
    cl_device_id listed = NULL;
    OK(clGetContextInfo(context, CL_CONTEXT_DEVICES, sizeof listed, &listed, NULL));
    CHECK(listed == device);
    cl_context_properties got[3] = {0};
    OK(clGetContextInfo(context, CL_CONTEXT_PROPERTIES, sizeof got, got, &size));
    CHECK(size == sizeof properties && got[1] == (cl_context_properties)platform);
    cl_context_properties bad[] = {0x7777, 1, 0};
    CHECK(clCreateContext(bad, 1, &device, NULL, NULL, &error) == NULL && error == CL_INVALID_PROPERTY);
    CHECK(clCreateContext(NULL, 0, &device, NULL, NULL, &error) == NULL && error == CL_INVALID_VALUE);
    cl_device_id wrong = (cl_device_id)context;
    CHECK(clCreateContext(NULL, 1, &wrong, NULL, NULL, &error) == NULL && error == CL_INVALID_DEVICE);
    cl_context typed = clCreateContextFromType(properties, CL_DEVICE_TYPE_ALL, NULL, NULL, &error);
    OK(error);
    cl_uint typedCount = 0;
    OK(clGetContextInfo(typed, CL_CONTEXT_NUM_DEVICES, sizeof typedCount, &typedCount, NULL));
    CHECK(typedCount == count);
    int weights[2] = {1, 10};
    OK(clSetContextDestructorCallback(typed, on_destroy, &weights[0]));
    OK(clSetContextDestructorCallback(typed, on_destroy, &weights[1]));
    OK(clReleaseContext(typed));
    CHECK(destroyed == 11);
    CHECK_CODE(clReleaseContext(typed), CL_INVALID_CONTEXT);  // released: an error, not a crash

    // Queues: properties, info, reference counts.
    cl_command_queue queue = clCreateCommandQueue(context, device, CL_QUEUE_PROFILING_ENABLE, &error);
    OK(error);
    cl_command_queue_properties queueProperties = 0;
    OK(clGetCommandQueueInfo(queue, CL_QUEUE_PROPERTIES, sizeof queueProperties, &queueProperties, NULL));
    CHECK(queueProperties == CL_QUEUE_PROFILING_ENABLE);
    cl_context queueContext = NULL;
    OK(clGetCommandQueueInfo(queue, CL_QUEUE_CONTEXT, sizeof queueContext, &queueContext, NULL));
    CHECK(queueContext == context);
    cl_queue_properties list[] = {CL_QUEUE_PROPERTIES, CL_QUEUE_OUT_OF_ORDER_EXEC_MODE_ENABLE, 0};
    cl_command_queue ooo = clCreateCommandQueueWithProperties(context, device, list, &error);
    OK(error);
    cl_queue_properties badList[] = {CL_QUEUE_PROPERTIES, 1 << 20, 0};
    CHECK(clCreateCommandQueueWithProperties(context, device, badList, &error) == NULL && error == CL_INVALID_VALUE);
    CHECK(clCreateCommandQueue((cl_context)device, device, 0, &error) == NULL && error == CL_INVALID_CONTEXT);
    OK(clFlush(queue));
    OK(clFinish(ooo));
    OK(clReleaseCommandQueue(ooo));
    CHECK_CODE(clFinish(NULL), CL_INVALID_COMMAND_QUEUE);
    OK(clReleaseCommandQueue(queue));
    OK(clReleaseContext(context));
    return finish("platform_device");
}
