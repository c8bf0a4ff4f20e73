// Events: wait lists across queues, user events gating work, callbacks, markers and barriers,
// profiling timestamps; a faulting kernel fails its event and the program goes on; several
// threads enqueue at once.
#include <pthread.h>
#include "icd_check.h"

static const char *source =
    "__kernel void add(__global int *data, int amount) { data[get_global_id(0)] += amount; }\n"
    "__kernel void spin(__global int *data, int rounds) {\n"
    "    int v = data[get_global_id(0)];\n"
    "    for (int r = 0; r < rounds; r++) v = v * 1103515245 + 12345;\n"
    "    data[get_global_id(0)] = v;\n"
    "}\n"
    "__kernel void wild(__global int *data, int index) { data[index] = 1; }\n";

static volatile int completions = 0;
static void CL_CALLBACK on_complete(cl_event event, cl_int status, void *data) {
    if (status == CL_COMPLETE) __atomic_add_fetch((int *)data, 1, __ATOMIC_SEQ_CST);
}

typedef struct {
    cl_context context;
    cl_device_id device;
    cl_program program;
    int amount;
    int result;
} Worker;

static void *work(void *argument) {
    Worker *worker = argument;
    cl_int error = 0;
    cl_command_queue queue = clCreateCommandQueue(worker->context, worker->device, 0, &error);
    cl_kernel add = clCreateKernel(worker->program, "add", &error);
    int zeros[64] = {0};
    cl_mem data = clCreateBuffer(worker->context, CL_MEM_COPY_HOST_PTR, sizeof zeros, zeros, &error);
    clSetKernelArg(add, 0, sizeof data, &data);
    clSetKernelArg(add, 1, sizeof worker->amount, &worker->amount);
    for (int i = 0; i < 200; i++) clEnqueueNDRangeKernel(queue, add, 1, NULL, (size_t[]){64}, NULL, 0, NULL, NULL);
    int out[64];
    clEnqueueReadBuffer(queue, data, CL_TRUE, 0, sizeof out, out, 0, NULL, NULL);
    worker->result = out[0] == 200 * worker->amount && out[63] == 200 * worker->amount && error == CL_SUCCESS;
    clReleaseMemObject(data);
    clReleaseKernel(add);
    clReleaseCommandQueue(queue);
    return NULL;
}

int main(void) {
    cl_device_id device;
    cl_command_queue first;
    cl_context context = open_default(&device, &first, CL_QUEUE_PROFILING_ENABLE);
    cl_int error = 0;
    cl_command_queue second = clCreateCommandQueue(context, device, 0, &error);
    cl_program program = clCreateProgramWithSource(context, 1, &source, NULL, &error);
    OK(clBuildProgram(program, 0, NULL, NULL, NULL, NULL));
    cl_kernel add = clCreateKernel(program, "add", &error);
    cl_kernel spin = clCreateKernel(program, "spin", &error);
    OK(error);
    enum { n = 256 };
    int host[n] = {0};
    cl_mem data = clCreateBuffer(context, CL_MEM_COPY_HOST_PTR, sizeof host, host, &error);
    OK(error);

    // A user event holds back work on the second queue until the application sets it.
    cl_event gate = clCreateUserEvent(context, &error);
    OK(error);
    int ten = 10;
    OK(clSetKernelArg(add, 0, sizeof data, &data));
    OK(clSetKernelArg(add, 1, sizeof ten, &ten));
    cl_event gated = NULL;
    OK(clEnqueueNDRangeKernel(second, add, 1, NULL, (size_t[]){n}, NULL, 1, &gate, &gated));
    OK(clFlush(second));
    cl_int status = 0;
    OK(clGetEventInfo(gated, CL_EVENT_COMMAND_EXECUTION_STATUS, sizeof status, &status, NULL));
    CHECK(status > CL_COMPLETE);
    int seen[n];
    OK(clEnqueueReadBuffer(first, data, CL_TRUE, 0, sizeof seen, seen, 0, NULL, NULL));
    CHECK(seen[0] == 0);  // the gated kernel has not run
    OK(clSetEventCallback(gated, CL_COMPLETE, on_complete, (void *)&completions));
    OK(clSetUserEventStatus(gate, CL_COMPLETE));
    CHECK_CODE(clSetUserEventStatus(gate, CL_COMPLETE), CL_INVALID_OPERATION);
    OK(clWaitForEvents(1, &gated));
    OK(clGetEventInfo(gated, CL_EVENT_COMMAND_EXECUTION_STATUS, sizeof status, &status, NULL));
    CHECK(status == CL_COMPLETE);

    // The first queue waits on the second queue's event: ordering across queues.
    int one = 1;
    cl_event onSecond = NULL, onFirst = NULL;
    OK(clSetKernelArg(spin, 0, sizeof data, &data));
    int rounds = 2000;
    OK(clSetKernelArg(spin, 1, sizeof rounds, &rounds));
    OK(clEnqueueNDRangeKernel(second, spin, 1, NULL, (size_t[]){n}, NULL, 0, NULL, &onSecond));
    cl_kernel addOne = clCreateKernel(program, "add", &error);
    OK(clSetKernelArg(addOne, 0, sizeof data, &data));
    OK(clSetKernelArg(addOne, 1, sizeof one, &one));
    OK(clEnqueueNDRangeKernel(first, addOne, 1, NULL, (size_t[]){n}, NULL, 1, &onSecond, &onFirst));
    OK(clEnqueueReadBuffer(first, data, CL_TRUE, 0, sizeof seen, seen, 1, &onFirst, NULL));
    int v = 10;
    for (int r = 0; r < rounds; r++) v = (int)((unsigned)v * 1103515245u + 12345u);
    CHECK(seen[0] == v + 1 && seen[n - 1] == v + 1);

    // Markers, barriers, profiling.
    cl_event marker = NULL;
    OK(clEnqueueMarkerWithWaitList(first, 0, NULL, &marker));
    OK(clEnqueueBarrierWithWaitList(first, 1, &onSecond, NULL));
    OK(clFinish(first));
    OK(clGetEventInfo(marker, CL_EVENT_COMMAND_EXECUTION_STATUS, sizeof status, &status, NULL));
    CHECK(status == CL_COMPLETE);
    cl_command_type type = 0;
    OK(clGetEventInfo(marker, CL_EVENT_COMMAND_TYPE, sizeof type, &type, NULL));
    CHECK(type == CL_COMMAND_MARKER);
    cl_ulong queued = 0, submitted = 0, started = 0, ended = 0;
    OK(clGetEventProfilingInfo(onFirst, CL_PROFILING_COMMAND_QUEUED, sizeof queued, &queued, NULL));
    OK(clGetEventProfilingInfo(onFirst, CL_PROFILING_COMMAND_SUBMIT, sizeof submitted, &submitted, NULL));
    OK(clGetEventProfilingInfo(onFirst, CL_PROFILING_COMMAND_START, sizeof started, &started, NULL));
    OK(clGetEventProfilingInfo(onFirst, CL_PROFILING_COMMAND_END, sizeof ended, &ended, NULL));
    CHECK(queued > 0 && queued <= submitted && submitted <= started && started <= ended);
    CHECK_CODE(clGetEventProfilingInfo(onSecond, CL_PROFILING_COMMAND_END, sizeof ended, &ended, NULL),
               CL_PROFILING_INFO_NOT_AVAILABLE);  // its queue does not profile
    CHECK(completions == 1);

    // A kernel that writes outside its buffer fails its event; the queue and program go on.
    cl_kernel wild = clCreateKernel(program, "wild", &error);
    int far = 1 << 28;
    OK(clSetKernelArg(wild, 0, sizeof data, &data));
    OK(clSetKernelArg(wild, 1, sizeof far, &far));
    cl_event faulted = NULL;
    OK(clEnqueueNDRangeKernel(first, wild, 1, NULL, (size_t[]){1}, NULL, 0, NULL, &faulted));
    CHECK_CODE(clWaitForEvents(1, &faulted), CL_EXEC_STATUS_ERROR_FOR_EVENTS_IN_WAIT_LIST);
    OK(clGetEventInfo(faulted, CL_EVENT_COMMAND_EXECUTION_STATUS, sizeof status, &status, NULL));
    CHECK(status < 0);
    OK(clFinish(first));
    OK(clEnqueueNDRangeKernel(first, addOne, 1, NULL, (size_t[]){n}, NULL, 0, NULL, NULL));
    OK(clEnqueueReadBuffer(first, data, CL_TRUE, 0, sizeof seen, seen, 0, NULL, NULL));
    CHECK(seen[5] == v + 2);

    // Threads: four at once, each with its own queue, buffer and kernel.
    Worker workers[4];
    pthread_t threads[4];
    for (int i = 0; i < 4; i++) {
        workers[i] = (Worker){context, device, program, i + 1, 0};
        pthread_create(&threads[i], NULL, work, &workers[i]);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(threads[i], NULL);
        CHECK(workers[i].result);
    }

    // Reference counts and bad handles.
    cl_uint references = 0;
    OK(clRetainEvent(marker));
    OK(clGetEventInfo(marker, CL_EVENT_REFERENCE_COUNT, sizeof references, &references, NULL));
    CHECK(references >= 2);
    OK(clReleaseEvent(marker));
    OK(clReleaseEvent(marker));
    CHECK_CODE(clWaitForEvents(1, &marker), CL_INVALID_EVENT);
    CHECK_CODE(clWaitForEvents(0, NULL), CL_INVALID_VALUE);
    CHECK_CODE(clEnqueueNDRangeKernel(first, add, 1, NULL, (size_t[]){n}, NULL, 1, NULL, NULL), CL_INVALID_EVENT_WAIT_LIST);
    OK(clReleaseEvent(gate));
    OK(clReleaseEvent(gated));
    OK(clReleaseEvent(onSecond));
    OK(clReleaseEvent(onFirst));
    OK(clReleaseEvent(faulted));
    OK(clReleaseKernel(add));
    OK(clReleaseKernel(addOne));
    OK(clReleaseKernel(spin));
    OK(clReleaseKernel(wild));
    OK(clReleaseProgram(program));
    OK(clReleaseMemObject(data));
    OK(clReleaseCommandQueue(first));
    OK(clReleaseCommandQueue(second));
    OK(clReleaseContext(context));
    return finish("events");
}
