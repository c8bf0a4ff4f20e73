// The ICD's C face: the dispatch table the loaders call through, and the two symbols they look
// up by name (clIcdGetPlatformIDsKHR through clGetExtensionFunctionAddress). Every entry point
// Conduit implements is a Swift function exported as conduit_<name> (Sources/ConduitICD); the
// slots for what Conduit does not implement (images, samplers, SVM, pipes, GL/D3D/EGL sharing,
// IL) return CL_INVALID_OPERATION, so no slot is ever NULL.
#define CL_TARGET_OPENCL_VERSION 300
#define CL_USE_DEPRECATED_OPENCL_1_0_APIS
#define CL_USE_DEPRECATED_OPENCL_1_1_APIS
#define CL_USE_DEPRECATED_OPENCL_1_2_APIS
#define CL_USE_DEPRECATED_OPENCL_2_0_APIS
#include <CL/cl_icd.h>
#include <string.h>

#include "CConduitICD.h"

#define CONDUIT_IMPLEMENTED(X)                                                                    \
    X(clGetPlatformInfo) X(clGetDeviceIDs) X(clGetDeviceInfo)                 \
    X(clCreateContext) X(clCreateContextFromType) X(clRetainContext) X(clReleaseContext)          \
    X(clGetContextInfo) X(clCreateCommandQueue) X(clRetainCommandQueue)                           \
    X(clReleaseCommandQueue) X(clGetCommandQueueInfo) X(clCreateBuffer) X(clRetainMemObject)      \
    X(clReleaseMemObject) X(clGetSupportedImageFormats) X(clGetMemObjectInfo)                     \
    X(clCreateProgramWithSource) X(clCreateProgramWithBinary) X(clRetainProgram)                  \
    X(clReleaseProgram) X(clBuildProgram) X(clUnloadCompiler) X(clGetProgramInfo)                 \
    X(clGetProgramBuildInfo) X(clCreateKernel) X(clCreateKernelsInProgram) X(clRetainKernel)      \
    X(clReleaseKernel) X(clSetKernelArg) X(clGetKernelInfo) X(clGetKernelWorkGroupInfo)           \
    X(clWaitForEvents) X(clGetEventInfo) X(clRetainEvent) X(clReleaseEvent)                       \
    X(clGetEventProfilingInfo) X(clFlush) X(clFinish) X(clEnqueueReadBuffer)                      \
    X(clEnqueueWriteBuffer) X(clEnqueueCopyBuffer) X(clEnqueueMapBuffer)                          \
    X(clEnqueueUnmapMemObject) X(clEnqueueNDRangeKernel) X(clEnqueueTask) X(clEnqueueMarker)      \
    X(clEnqueueWaitForEvents) X(clEnqueueBarrier) X(clSetEventCallback) X(clCreateSubBuffer)      \
    X(clSetMemObjectDestructorCallback) X(clCreateUserEvent) X(clSetUserEventStatus)              \
    X(clEnqueueReadBufferRect) X(clEnqueueWriteBufferRect) X(clEnqueueCopyBufferRect)             \
    X(clRetainDevice) X(clReleaseDevice) X(clCompileProgram) X(clLinkProgram)                     \
    X(clUnloadPlatformCompiler) X(clGetKernelArgInfo) X(clEnqueueFillBuffer)                      \
    X(clEnqueueMigrateMemObjects) X(clEnqueueMarkerWithWaitList) X(clEnqueueBarrierWithWaitList)  \
    X(clCreateCommandQueueWithProperties) X(clCreateBufferWithProperties)                         \
    X(clSetContextDestructorCallback) X(clCloneKernel)

// Each Swift entry point has exactly the type of the OpenCL function it implements.
#define CONDUIT_DECLARE(name) extern __typeof__(name) conduit_##name;
CONDUIT_IMPLEMENTED(CONDUIT_DECLARE)

// What the table holds in the slots Conduit does not implement. Functions that return an error
// code share one stub: under the C calling conventions Conduit targets (SysV x86-64, AAPCS64)
// the caller owns its arguments, so a function that reads none and returns cl_int answers any
// cl_int-returning slot. Functions that return an object report through their errcode_ret
// argument, so each has a stub of its own type.
static cl_int unsupported(void) { return CL_INVALID_OPERATION; }

static void *fail(cl_int *errcode_ret) {
    if (errcode_ret) *errcode_ret = CL_INVALID_OPERATION;
    return NULL;
}

static cl_mem image2D(cl_context c, cl_mem_flags f, const cl_image_format *i, size_t w, size_t h, size_t p, void *ptr,
                      cl_int *e) { return fail(e); }
static cl_mem image3D(cl_context c, cl_mem_flags f, const cl_image_format *i, size_t w, size_t h, size_t d, size_t rp,
                      size_t sp, void *ptr, cl_int *e) { return fail(e); }
static cl_sampler sampler(cl_context c, cl_bool n, cl_addressing_mode a, cl_filter_mode f, cl_int *e) { return fail(e); }
static void *mapImage(cl_command_queue q, cl_mem m, cl_bool b, cl_map_flags f, const size_t *o, const size_t *r,
                      size_t *rp, size_t *sp, cl_uint n, const cl_event *w, cl_event *ev, cl_int *e) { return fail(e); }
static cl_mem fromGLBuffer(cl_context c, cl_mem_flags f, cl_GLuint b, int *e) { return fail(e); }
static cl_mem fromGLTexture(cl_context c, cl_mem_flags f, cl_GLenum t, cl_GLint l, cl_GLuint tex, cl_int *e) {
    return fail(e);
}
static cl_mem fromGLRenderbuffer(cl_context c, cl_mem_flags f, cl_GLuint r, cl_int *e) { return fail(e); }
static cl_mem fromD3D(cl_context c, cl_mem_flags f, void *r, cl_int *e) { return fail(e); }
static cl_mem fromD3DTexture(cl_context c, cl_mem_flags f, void *r, cl_uint s, cl_int *e) { return fail(e); }
static cl_mem fromDX9(cl_context c, cl_mem_flags f, cl_uint t, void *s, cl_uint p, cl_int *e) { return fail(e); }
static cl_mem fromEGLImage(cl_context c, CLeglDisplayKHR d, CLeglImageKHR i, cl_mem_flags f,
                           const cl_egl_image_properties_khr *p, cl_int *e) { return fail(e); }
static cl_event eventFromGLSync(cl_context c, cl_GLsync s, cl_int *e) { return fail(e); }
static cl_event eventFromEGLSync(cl_context c, CLeglSyncKHR s, CLeglDisplayKHR d, cl_int *e) { return fail(e); }
static cl_mem image(cl_context c, cl_mem_flags f, const cl_image_format *i, const cl_image_desc *d, void *p,
                    cl_int *e) { return fail(e); }
static cl_program builtInKernels(cl_context c, cl_uint n, const cl_device_id *d, const char *k, cl_int *e) {
    return fail(e);
}
static cl_mem pipe(cl_context c, cl_mem_flags f, cl_uint s, cl_uint m, const cl_pipe_properties *p, cl_int *e) {
    return fail(e);
}
static void *svmAlloc(cl_context c, cl_svm_mem_flags f, size_t s, cl_uint a) { return NULL; }
static void svmFree(cl_context c, void *p) {}
static cl_sampler samplerWithProperties(cl_context c, const cl_sampler_properties *p, cl_int *e) { return fail(e); }
/// Conduit has no pipes: whatever clGetPipeInfo is given is not a pipe.
static cl_int pipeInfo(cl_mem p, cl_pipe_info n, size_t s, void *v, size_t *r) { return CL_INVALID_MEM_OBJECT; }
static cl_program programWithIL(cl_context c, const void *il, size_t l, cl_int *e) { return fail(e); }
static cl_mem imageWithProperties(cl_context c, const cl_mem_properties *p, cl_mem_flags f, const cl_image_format *i,
                                  const cl_image_desc *d, void *h, cl_int *e) { return fail(e); }

/// Swift: the platform handle (made on first use; no host work happens here).
extern cl_platform_id conduit_icd_platform(void);

CL_API_ENTRY cl_int CL_API_CALL clIcdGetPlatformIDsKHR(cl_uint num_entries, cl_platform_id *platforms,
                                                       cl_uint *num_platforms) {
    if ((num_entries == 0 && platforms != NULL) || (platforms == NULL && num_platforms == NULL)) return CL_INVALID_VALUE;
    if (platforms != NULL) platforms[0] = conduit_icd_platform();
    if (num_platforms != NULL) *num_platforms = 1;
    return CL_SUCCESS;
}

#define CONDUIT_SLOT(name) .name = conduit_##name,
#define CONDUIT_UNSUPPORTED(name) .name = (void *)unsupported,

static const cl_icd_dispatch table = {
    CONDUIT_IMPLEMENTED(CONDUIT_SLOT)
    // Images and samplers.
    .clCreateImage2D = image2D, .clCreateImage3D = image3D, .clCreateImage = image,
    .clCreateImageWithProperties = imageWithProperties, .clGetImageInfo = (void *)unsupported,
    .clEnqueueReadImage = (void *)unsupported, .clEnqueueWriteImage = (void *)unsupported,
    .clEnqueueCopyImage = (void *)unsupported, .clEnqueueCopyImageToBuffer = (void *)unsupported,
    .clEnqueueCopyBufferToImage = (void *)unsupported, .clEnqueueMapImage = mapImage,
    .clEnqueueFillImage = (void *)unsupported, .clCreateSampler = sampler,
    .clCreateSamplerWithProperties = samplerWithProperties, .clRetainSampler = (void *)unsupported,
    .clReleaseSampler = (void *)unsupported, .clGetSamplerInfo = (void *)unsupported,
    // Native kernels, sub-devices, built-in kernels, queue properties of OpenCL 1.0.
    .clEnqueueNativeKernel = (void *)unsupported, .clSetCommandQueueProperty = (void *)unsupported,
    .clCreateSubDevices = (void *)unsupported, .clCreateSubDevicesEXT = (void *)unsupported,
    .clRetainDeviceEXT = (void *)unsupported, .clReleaseDeviceEXT = (void *)unsupported,
    .clCreateProgramWithBuiltInKernels = builtInKernels,
    // Sharing with GL, D3D, DX9 and EGL.
    .clCreateFromGLBuffer = fromGLBuffer, .clCreateFromGLTexture2D = fromGLTexture,
    .clCreateFromGLTexture3D = fromGLTexture, .clCreateFromGLRenderbuffer = fromGLRenderbuffer,
    .clCreateFromGLTexture = fromGLTexture, .clGetGLObjectInfo = (void *)unsupported,
    .clGetGLTextureInfo = (void *)unsupported, .clEnqueueAcquireGLObjects = (void *)unsupported,
    .clEnqueueReleaseGLObjects = (void *)unsupported, .clGetGLContextInfoKHR = (void *)unsupported,
    .clCreateEventFromGLsyncKHR = eventFromGLSync, .clGetDeviceIDsFromD3D10KHR = (void *)unsupported,
    .clCreateFromD3D10BufferKHR = (void *)fromD3D, .clCreateFromD3D10Texture2DKHR = (void *)fromD3DTexture,
    .clCreateFromD3D10Texture3DKHR = (void *)fromD3DTexture, .clEnqueueAcquireD3D10ObjectsKHR = (void *)unsupported,
    .clEnqueueReleaseD3D10ObjectsKHR = (void *)unsupported, .clGetDeviceIDsFromD3D11KHR = (void *)unsupported,
    .clCreateFromD3D11BufferKHR = (void *)fromD3D, .clCreateFromD3D11Texture2DKHR = (void *)fromD3DTexture,
    .clCreateFromD3D11Texture3DKHR = (void *)fromD3DTexture, .clCreateFromDX9MediaSurfaceKHR = (void *)fromDX9,
    .clEnqueueAcquireD3D11ObjectsKHR = (void *)unsupported, .clEnqueueReleaseD3D11ObjectsKHR = (void *)unsupported,
    .clGetDeviceIDsFromDX9MediaAdapterKHR = (void *)unsupported,
    .clEnqueueAcquireDX9MediaSurfacesKHR = (void *)unsupported,
    .clEnqueueReleaseDX9MediaSurfacesKHR = (void *)unsupported, .clCreateFromEGLImageKHR = fromEGLImage,
    .clEnqueueAcquireEGLObjectsKHR = (void *)unsupported, .clEnqueueReleaseEGLObjectsKHR = (void *)unsupported,
    .clCreateEventFromEGLSyncKHR = eventFromEGLSync,
    // OpenCL 2.x: pipes, SVM, device queues, sub-groups, IL, specialization constants, timers.
    .clCreatePipe = pipe, .clGetPipeInfo = pipeInfo, .clSVMAlloc = svmAlloc, .clSVMFree = svmFree,
    .clEnqueueSVMFree = (void *)unsupported, .clEnqueueSVMMemcpy = (void *)unsupported,
    .clEnqueueSVMMemFill = (void *)unsupported, .clEnqueueSVMMap = (void *)unsupported,
    .clEnqueueSVMUnmap = (void *)unsupported, .clSetKernelArgSVMPointer = (void *)unsupported,
    .clSetKernelExecInfo = (void *)unsupported, .clGetKernelSubGroupInfoKHR = (void *)unsupported,
    .clCreateProgramWithIL = programWithIL,
    .clEnqueueSVMMigrateMem = (void *)unsupported, .clGetDeviceAndHostTimer = (void *)unsupported,
    .clGetHostTimer = (void *)unsupported, .clGetKernelSubGroupInfo = (void *)unsupported,
    .clSetDefaultDeviceCommandQueue = (void *)unsupported, .clSetProgramReleaseCallback = (void *)unsupported,
    .clSetProgramSpecializationConstant = (void *)unsupported,
    .clGetPlatformIDs = clIcdGetPlatformIDsKHR,
    .clGetExtensionFunctionAddress = clGetExtensionFunctionAddress,
    .clGetExtensionFunctionAddressForPlatform = clGetExtensionFunctionAddressForPlatform,
};

const void *conduit_icd_dispatch_table(void) { return &table; }

CL_API_ENTRY void *CL_API_CALL clGetExtensionFunctionAddress(const char *name) {
    if (name != NULL && strcmp(name, "clIcdGetPlatformIDsKHR") == 0) return (void *)clIcdGetPlatformIDsKHR;
    return NULL;
}

CL_API_ENTRY void *CL_API_CALL clGetExtensionFunctionAddressForPlatform(cl_platform_id platform, const char *name) {
    return clGetExtensionFunctionAddress(name);
}
