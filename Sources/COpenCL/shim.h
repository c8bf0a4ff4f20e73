#pragma once
// System library targets take no cSettings: the target version is fixed here (1.2 entry points).
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
