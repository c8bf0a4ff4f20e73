#pragma once
// System library targets take no cSettings: the target version is fixed here. The headers speak
// OpenCL 3.0 (the ICD answers 3.0 queries), and the 1.x entry points the backend calls stay
// declared without deprecation marks.
#define CL_TARGET_OPENCL_VERSION 300
#define CL_USE_DEPRECATED_OPENCL_1_0_APIS
#define CL_USE_DEPRECATED_OPENCL_1_1_APIS
#define CL_USE_DEPRECATED_OPENCL_1_2_APIS
#include <CL/cl.h>
#include <CL/cl_ext.h>
