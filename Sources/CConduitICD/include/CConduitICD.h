#pragma once
#include <stdint.h>

/// What every object the ICD hands out points to. The OpenCL ICD loaders read the first word of
/// any cl_platform_id, cl_mem, cl_event... as the vendor's dispatch table and call through it, so
/// `dispatch` must come first. The ICD finds the object behind a handle in its table of live
/// handles (Sources/ConduitICD/Handles.swift), which refuses any other pointer; `kind` says what
/// the handle is, or that it was released, for a debugger. Handle memory is recycled, never
/// returned to malloc, so a released handle still has a readable dispatch pointer: the loader can
/// call through it, and the ICD answers CL_INVALID_*.
typedef struct conduit_icd_handle {
    const void *dispatch;
    uint32_t kind;
} conduit_icd_handle;

/// The dispatch table (cl_icd_dispatch, CL/cl_icd.h) shared by every Conduit handle.
const void *conduit_icd_dispatch_table(void);
