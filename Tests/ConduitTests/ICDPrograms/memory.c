// Buffers with every flag, sub-buffers, read/write/copy/fill, their Rect forms, map/unmap;
// every result checked against the same operation done on host arrays.
#include "icd_check.h"

#define N 4096

/// Byte offset of element (x, y, z) of a box at `origin` in a volume of 16-byte rows, 128-byte slices.
static size_t at(const size_t origin[3], size_t x, size_t y, size_t z) {
    return (origin[2] + z) * 128 + (origin[1] + y) * 16 + origin[0] + x;
}

int main(void) {
    cl_device_id device;
    cl_command_queue queue;
    cl_context context = open_default(&device, &queue, 0);
    cl_int error = 0;

    unsigned char host[N], back[N], expected[N];
    for (int i = 0; i < N; i++) host[i] = (unsigned char)(i * 7 + 3);

    // COPY_HOST_PTR: the buffer starts with the host bytes.
    cl_mem copied = clCreateBuffer(context, CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, N, host, &error);
    OK(error);
    OK(clEnqueueReadBuffer(queue, copied, CL_TRUE, 0, N, back, 0, NULL, NULL));
    CHECK(memcmp(back, host, N) == 0);

    // Write at an offset, read back a window.
    unsigned char patch[100];
    for (int i = 0; i < 100; i++) patch[i] = (unsigned char)(255 - i);
    OK(clEnqueueWriteBuffer(queue, copied, CL_FALSE, 1000, 100, patch, 0, NULL, NULL));
    memcpy(expected, host, N);
    memcpy(expected + 1000, patch, 100);
    OK(clEnqueueReadBuffer(queue, copied, CL_TRUE, 0, N, back, 0, NULL, NULL));
    CHECK(memcmp(back, expected, N) == 0);
    CHECK_CODE(clEnqueueReadBuffer(queue, copied, CL_TRUE, N - 10, 11, back, 0, NULL, NULL), CL_INVALID_VALUE);
    CHECK_CODE(clEnqueueReadBuffer(queue, copied, CL_TRUE, 0, 10, NULL, 0, NULL, NULL), CL_INVALID_VALUE);

    // Flag rules.
    CHECK(clCreateBuffer(context, CL_MEM_READ_ONLY | CL_MEM_WRITE_ONLY, N, NULL, &error) == NULL && error == CL_INVALID_VALUE);
    CHECK(clCreateBuffer(context, CL_MEM_USE_HOST_PTR, N, NULL, &error) == NULL && error == CL_INVALID_HOST_PTR);
    CHECK(clCreateBuffer(context, CL_MEM_READ_WRITE, N, host, &error) == NULL && error == CL_INVALID_HOST_PTR);
    CHECK(clCreateBuffer(context, CL_MEM_READ_WRITE, 0, NULL, &error) == NULL && error == CL_INVALID_BUFFER_SIZE);
    CHECK(clCreateBuffer(context, CL_MEM_USE_HOST_PTR | CL_MEM_COPY_HOST_PTR, N, host, &error) == NULL &&
          error == CL_INVALID_VALUE);
    cl_mem hostOnly = clCreateBuffer(context, CL_MEM_HOST_NO_ACCESS, 64, NULL, &error);
    OK(error);
    CHECK_CODE(clEnqueueReadBuffer(queue, hostOnly, CL_TRUE, 0, 64, back, 0, NULL, NULL), CL_INVALID_OPERATION);
    cl_mem_flags flags = 0;
    OK(clGetMemObjectInfo(hostOnly, CL_MEM_FLAGS, sizeof flags, &flags, NULL));
    CHECK(flags & CL_MEM_HOST_NO_ACCESS);

    // ALLOC_HOST_PTR and READ_ONLY buffers are ordinary buffers to the host API.
    cl_mem allocated = clCreateBuffer(context, CL_MEM_ALLOC_HOST_PTR | CL_MEM_READ_ONLY, N, NULL, &error);
    OK(error);
    OK(clEnqueueWriteBuffer(queue, allocated, CL_TRUE, 0, N, host, 0, NULL, NULL));

    // Copy and fill.
    OK(clEnqueueCopyBuffer(queue, allocated, copied, 16, 2048, 512, 0, NULL, NULL));
    memcpy(expected + 2048, host + 16, 512);
    cl_uint word = 0xA1B2C3D4u;
    OK(clEnqueueFillBuffer(queue, copied, &word, 4, 256, 128, 0, NULL, NULL));
    for (int i = 0; i < 128; i += 4) memcpy(expected + 256 + i, &word, 4);
    unsigned char wide[16];
    for (int i = 0; i < 16; i++) wide[i] = (unsigned char)(0x40 + i);
    OK(clEnqueueFillBuffer(queue, copied, wide, 16, 3072, 64, 0, NULL, NULL));
    for (int i = 0; i < 64; i += 16) memcpy(expected + 3072 + i, wide, 16);
    OK(clEnqueueReadBuffer(queue, copied, CL_TRUE, 0, N, back, 0, NULL, NULL));
    CHECK(memcmp(back, expected, N) == 0);
    CHECK_CODE(clEnqueueFillBuffer(queue, copied, &word, 3, 0, 12, 0, NULL, NULL), CL_INVALID_VALUE);
    CHECK_CODE(clEnqueueFillBuffer(queue, copied, &word, 4, 2, 8, 0, NULL, NULL), CL_INVALID_VALUE);
    CHECK_CODE(clEnqueueCopyBuffer(queue, copied, copied, 0, 10, 20, 0, NULL, NULL), CL_MEM_COPY_OVERLAP);

    // Sub-buffers: a window of the parent, inheriting its flags.
    cl_buffer_region region = {1024, 256};
    cl_mem sub = clCreateSubBuffer(copied, 0, CL_BUFFER_CREATE_TYPE_REGION, &region, &error);
    OK(error);
    unsigned char subBytes[256];
    OK(clEnqueueReadBuffer(queue, sub, CL_TRUE, 0, 256, subBytes, 0, NULL, NULL));
    CHECK(memcmp(subBytes, expected + 1024, 256) == 0);
    OK(clEnqueueWriteBuffer(queue, sub, CL_TRUE, 10, 4, &word, 0, NULL, NULL));
    memcpy(expected + 1034, &word, 4);
    cl_mem parent = NULL;
    size_t offset = 0;
    OK(clGetMemObjectInfo(sub, CL_MEM_ASSOCIATED_MEMOBJECT, sizeof parent, &parent, NULL));
    OK(clGetMemObjectInfo(sub, CL_MEM_OFFSET, sizeof offset, &offset, NULL));
    CHECK(parent == copied && offset == 1024);
    cl_buffer_region outside = {N - 128, 256};
    CHECK(clCreateSubBuffer(copied, 0, CL_BUFFER_CREATE_TYPE_REGION, &outside, &error) == NULL && error == CL_INVALID_VALUE);
    cl_buffer_region misaligned = {3, 16};
    CHECK(clCreateSubBuffer(copied, 0, CL_BUFFER_CREATE_TYPE_REGION, &misaligned, &error) == NULL &&
          error == CL_MISALIGNED_SUB_BUFFER_OFFSET);

    // Rect transfers: a 3-D box of a 16x8x4 byte volume.
    size_t bufferOrigin[3] = {2, 1, 1}, hostOrigin[3] = {1, 2, 0}, box[3] = {5, 3, 2};
    unsigned char rect[16 * 8 * 4];
    memset(rect, 0, sizeof rect);
    OK(clEnqueueReadBufferRect(queue, copied, CL_TRUE, bufferOrigin, hostOrigin, box, 16, 128, 16, 128, rect, 0, NULL, NULL));
    int rectOK = 1;
    for (size_t z = 0; z < box[2]; z++)
        for (size_t y = 0; y < box[1]; y++)
            for (size_t x = 0; x < box[0]; x++) {
                if (rect[at(hostOrigin, x, y, z)] != expected[at(bufferOrigin, x, y, z)]) rectOK = 0;
            }
    CHECK(rectOK);
    for (size_t i = 0; i < sizeof rect; i++) rect[i] = (unsigned char)(i ^ 0x5A);
    OK(clEnqueueWriteBufferRect(queue, copied, CL_TRUE, bufferOrigin, hostOrigin, box, 16, 128, 16, 128, rect, 0, NULL, NULL));
    size_t destinationOrigin[3] = {0, 0, 3};
    OK(clEnqueueCopyBufferRect(queue, copied, copied, bufferOrigin, destinationOrigin, box, 16, 128, 16, 128, 0, NULL, NULL));
    for (size_t z = 0; z < box[2]; z++)
        for (size_t y = 0; y < box[1]; y++)
            for (size_t x = 0; x < box[0]; x++) {
                expected[at(bufferOrigin, x, y, z)] = rect[at(hostOrigin, x, y, z)];
            }
    for (size_t z = 0; z < box[2]; z++)
        for (size_t y = 0; y < box[1]; y++)
            for (size_t x = 0; x < box[0]; x++) {
                expected[at(destinationOrigin, x, y, z)] = expected[at(bufferOrigin, x, y, z)];
            }
    OK(clEnqueueReadBuffer(queue, copied, CL_TRUE, 0, N, back, 0, NULL, NULL));
    CHECK(memcmp(back, expected, N) == 0);
    // Boxes side by side in one buffer: their byte spans interleave, their bytes do not overlap.
    size_t left[3] = {0, 0, 0}, right[3] = {8, 0, 0}, column[3] = {4, 8, 4}, shifted[3] = {2, 0, 0};
    OK(clEnqueueCopyBufferRect(queue, copied, copied, left, right, column, 16, 128, 16, 128, 0, NULL, NULL));
    for (size_t z = 0; z < column[2]; z++)
        for (size_t y = 0; y < column[1]; y++)
            for (size_t x = 0; x < column[0]; x++) expected[at(right, x, y, z)] = expected[at(left, x, y, z)];
    OK(clEnqueueReadBuffer(queue, copied, CL_TRUE, 0, N, back, 0, NULL, NULL));
    CHECK(memcmp(back, expected, N) == 0);
    CHECK_CODE(clEnqueueCopyBufferRect(queue, copied, copied, left, shifted, column, 16, 128, 16, 128, 0, NULL, NULL),
               CL_MEM_COPY_OVERLAP);
    size_t zeroBox[3] = {0, 1, 1};
    CHECK_CODE(clEnqueueReadBufferRect(queue, copied, CL_TRUE, bufferOrigin, hostOrigin, zeroBox, 0, 0, 0, 0, rect, 0, NULL, NULL),
               CL_INVALID_VALUE);

    // Map and unmap: a read map sees the bytes, a write map's changes land on unmap.
    unsigned char *mapped = clEnqueueMapBuffer(queue, copied, CL_TRUE, CL_MAP_READ | CL_MAP_WRITE, 512, 64, 0, NULL, NULL, &error);
    OK(error);
    CHECK(mapped != NULL && memcmp(mapped, expected + 512, 64) == 0);
    cl_uint mapCount = 0;
    OK(clGetMemObjectInfo(copied, CL_MEM_MAP_COUNT, sizeof mapCount, &mapCount, NULL));
    CHECK(mapCount == 1);
    if (mapped) memset(mapped, 0xEE, 64);
    OK(clEnqueueUnmapMemObject(queue, copied, mapped, 0, NULL, NULL));
    memset(expected + 512, 0xEE, 64);
    OK(clEnqueueReadBuffer(queue, copied, CL_TRUE, 0, N, back, 0, NULL, NULL));
    CHECK(memcmp(back, expected, N) == 0);
    CHECK_CODE(clEnqueueUnmapMemObject(queue, copied, back, 0, NULL, NULL), CL_INVALID_VALUE);

    // USE_HOST_PTR: the application's memory is the buffer's host copy; a map returns it, up to date.
    static unsigned char user[N];
    memcpy(user, host, N);
    cl_mem used = clCreateBuffer(context, CL_MEM_USE_HOST_PTR, N, user, &error);
    OK(error);
    OK(clEnqueueWriteBuffer(queue, used, CL_TRUE, 0, 4, &word, 0, NULL, NULL));
    unsigned char *view = clEnqueueMapBuffer(queue, used, CL_TRUE, CL_MAP_READ, 0, N, 0, NULL, NULL, &error);
    OK(error);
    CHECK(view == user && memcmp(user, &word, 4) == 0 && memcmp(user + 4, host + 4, N - 4) == 0);
    OK(clEnqueueUnmapMemObject(queue, used, view, 0, NULL, NULL));
    void *hostPointer = NULL;
    OK(clGetMemObjectInfo(used, CL_MEM_HOST_PTR, sizeof hostPointer, &hostPointer, NULL));
    CHECK(hostPointer == user);

    // Reference counts; a released object is an error code, not a crash.
    cl_uint references = 0;
    OK(clRetainMemObject(sub));
    OK(clGetMemObjectInfo(sub, CL_MEM_REFERENCE_COUNT, sizeof references, &references, NULL));
    CHECK(references == 2);
    OK(clReleaseMemObject(sub));
    OK(clReleaseMemObject(sub));
    CHECK_CODE(clReleaseMemObject(sub), CL_INVALID_MEM_OBJECT);
    CHECK_CODE(clEnqueueReadBuffer(queue, sub, CL_TRUE, 0, 4, back, 0, NULL, NULL), CL_INVALID_MEM_OBJECT);
    OK(clReleaseMemObject(copied));
    OK(clReleaseMemObject(allocated));
    OK(clReleaseMemObject(hostOnly));
    OK(clReleaseMemObject(used));
    OK(clReleaseCommandQueue(queue));
    OK(clReleaseContext(context));
    return finish("memory");
}
